'use client';
import dynamic from 'next/dynamic';

/**
 * One language's provider per script: each imports its own catalogue, and a page loads only the
 * one it renders (both in one module would put both catalogues in one shared chunk).
 */
export const ViMessages = dynamic(() => import('./vi-messages').then((m) => m.ViMessages));
export const EnMessages = dynamic(() => import('./en-messages').then((m) => m.EnMessages));
