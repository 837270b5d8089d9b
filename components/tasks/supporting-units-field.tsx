'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type UnitChoice, UnitPicker } from '@/components/forms/unit-picker';
import { Button } from '@/components/ui/button';

/**
 * The supporting units (đơn vị phối hợp) of a task: chosen one at a time with the unit picker
 * (the same list as the lead unit's), each posted as a `supporting` field, each removable.
 */
export function SupportingUnitsField({ initial, errors }: { initial: UnitChoice[]; errors?: string[] }) {
  const t = useTranslations('tasks');
  const [units, setUnits] = useState<UnitChoice[]>(initial);
  // a new picker after each choice, so that it starts empty again
  const [round, setRound] = useState(0);
  return (
    <fieldset className="flex flex-col gap-2" data-testid="supporting-units">
      <legend className="text-sm font-medium text-slate-800">{t('fields.supporting')}</legend>
      {units.length > 0 && (
        <ul className="flex flex-col gap-1">
          {units.map((unit) => (
            <li key={unit.code} className="flex items-center gap-2">
              <input type="hidden" name="supporting" value={unit.code} />
              <span>{unit.label}</span>
              <Button
                type="button"
                variant="secondary"
                onClick={() => setUnits((list) => list.filter((u) => u.code !== unit.code))}
                aria-label={t('fields.removeSupporting', { unit: unit.label })}
              >
                {t('fields.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SupportingPicker
        key={round}
        label={t('fields.addSupporting')}
        errors={errors}
        onChoose={(choice) => {
          setUnits((list) => (list.some((u) => u.code === choice.code) ? list : [...list, choice]));
          setRound((n) => n + 1);
        }}
      />
    </fieldset>
  );
}

function SupportingPicker({
  label,
  errors,
  onChoose,
}: {
  label: string;
  errors?: string[];
  onChoose: (choice: UnitChoice) => void;
}) {
  return (
    <UnitPicker
      label={label}
      name="supportingPick"
      id="supportingPick"
      purpose="assign"
      errors={errors}
      onChoose={onChoose}
    />
  );
}
