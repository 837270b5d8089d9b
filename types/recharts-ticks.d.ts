/**
 * recharts' own tick rule, read by components/charts/nice-ticks.test.ts to hold the dashboard's
 * axes equal to what recharts drew; its typings live under recharts/types, not beside the file.
 */
declare module 'recharts/es6/util/scale/getNiceTickValues' {
  export { getNiceTickValues } from 'recharts/types/util/scale/getNiceTickValues';
}
