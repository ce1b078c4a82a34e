import { describe, expect, it } from 'vitest';
import { jsonShape, previewText } from '../../../../src/io/csv-import/preview';

// A helpdesk's API returns JSON; papaparse would read its first record as the header and
// every brace and quote as data ("Rows imported 49" of nonsense), so JSON is named and refused.
describe('JSON files offered to the import', () => {
  const refused = (text: string) => {
    const p = previewText(text, true);
    if (p.ok) throw new Error('previewed');
    return p.issues[0]!.message;
  };

  it('refuses JSON lines, naming the shape and what to export instead', () => {
    const text =
      '{"id": 0, "created_at": "2024-01-02T09:00:00Z", "type": "question", "via": "email"}\n{"id": 1, "created_at": "2024-01-02T10:00:00Z", "type": "refund", "via": "chat"}\n';
    expect(jsonShape(text)).toBe('lines');
    expect(refused(text)).toMatch(/^This is a JSON file \(one record per line\), not a CSV file: export the tickets from your helpdesk as CSV/);
  });

  it('refuses an array of records on one line or pretty-printed, and a JSON document', () => {
    expect(refused('[{"id":0,"type":"question"},{"id":1,"type":"refund"}]')).toMatch(/JSON file \(an array of records\)/);
    expect(refused('[\n  {\n    "id": 0,\n    "type": "question"\n  }\n]\n')).toMatch(/JSON file \(an array of records\)/);
    expect(refused('\uFEFF{\n  "tickets": [\n    {"id": 0}\n  ]\n}\n')).toMatch(/JSON file \(a JSON document\)/);
  });

  it('still reads a CSV whose first cell starts with a brace or bracket', () => {
    for (const text of ['[Ticket] ID,Category\n1,Refund\n', '{id},Category\n1,Refund\n', '"{""a"":1}",Category\n1,Refund\n']) {
      expect(jsonShape(text)).toBeNull();
      expect(previewText(text, true).ok).toBe(true);
    }
  });
});
