import '../../../src/model/schema-define';
import { applyQuery } from '../../../src/io/query-params';
import { calculate, effectiveChannels } from '../../../src/model';
export function run(q: string) {
  const r = applyQuery(q);
  const res: any = calculate(r.scenario);
  return { r, res };
}
export { effectiveChannels };
