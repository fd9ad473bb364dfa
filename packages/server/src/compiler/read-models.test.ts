import { assertModelsUnguarded, readModels } from '../read-models';
import { guardedFields } from '../schema';

describe('read models', () => {
  it('describe no field whose resolver is guarded', () => {
    const guarded = guardedFields();
    // The guard sees the API's guarded reads (admins' keys and audit log), so an empty set cannot pass by accident.
    expect([...guarded]).toEqual(expect.arrayContaining(['Query.apiKeys', 'Query.auditLog']));
    expect(() => assertModelsUnguarded(readModels(), guarded)).not.toThrow();
  });

  it('refuse a model of a guarded field', () => {
    const guarded = guardedFields();
    const models = new Map([['Query', { typename: 'Query', fields: { auditLog: () => 'NULL' } }]]);
    expect(() => assertModelsUnguarded(models, guarded)).toThrow(/is guarded/);
  });
});
