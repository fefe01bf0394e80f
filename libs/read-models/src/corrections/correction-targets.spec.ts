import { getMetadataArgsStorage } from 'typeorm';
import { chainEventTypes, correctableFieldsOf, retractableEntryTypes } from '@schakel/domain';
import { readModelEntities } from '../read-model-entities';
import { correctableTargets, retractableTargets } from './correction-targets';

describe('correction targets', () => {
  it.each(chainEventTypes.map((type) => [type]))('place every field the domain lets be corrected on %s in a column', (type) => {
    const fields = correctableFieldsOf(type);
    const target = correctableTargets[type];
    if (fields.length === 0) {
      expect(target).toBeUndefined();
      return;
    }
    expect(target).toBeDefined();
    expect(Object.keys(target!.fields).sort()).toEqual([...fields].sort());
  });

  it('place corrections only in columns of the entity, found by a column it has', () => {
    for (const target of Object.values(correctableTargets)) {
      expect(readModelEntities).toContain(target!.entity);
      const columns = getMetadataArgsStorage()
        .columns.filter((column) => column.target === target!.entity)
        .map((column) => column.propertyName);
      for (const property of Object.values(target!.fields)) expect(columns).toContain(property);
      expect(columns).toContain(target!.by === 'chainId' ? 'id' : target!.by);
    }
  });

  it('flag retractions in entities that have a retracted column and an eventId', () => {
    for (const entity of Object.values(retractableTargets)) {
      const columns = getMetadataArgsStorage()
        .columns.filter((column) => column.target === entity)
        .map((column) => column.propertyName);
      expect(columns).toEqual(expect.arrayContaining(['retracted', 'eventId']));
    }
  });

  it('flag a row for every entry type the domain lets be retracted', () => {
    expect(Object.keys(retractableTargets).sort()).toEqual([...retractableEntryTypes].sort());
  });
});
