import { describe, expect, it } from 'vitest';
import { parseExpand, parseQueryOptions } from './odata-query.ts';

const parse = (query: string) => parseQueryOptions(new URLSearchParams(query));

describe('OData query options', () => {
  it('parses nested $expand with $select and $expand inside', () => {
    expect(
      parseExpand(
        'policy($expand=rules($select=id,target)),principal,roleDefinition($select=displayName)',
      ),
    ).toEqual([
      { name: 'policy', expand: [{ name: 'rules', select: ['id', 'target'], expand: [] }] },
      { name: 'principal', expand: [] },
      { name: 'roleDefinition', select: ['displayName'], expand: [] },
    ]);
    // OData 4.01 lets nested options drop the `$`, as top-level ones may.
    expect(parseExpand('policy(select=id)')).toEqual([
      { name: 'policy', select: ['id'], expand: [] },
    ]);
    expect(parseExpand('policy($select=id;$expand=rules)')).toEqual([
      { name: 'policy', select: ['id'], expand: [{ name: 'rules', expand: [] }] },
    ]);
  });

  it('accepts options with or without $ and parses $top, $orderby and $count', () => {
    const q = parse('select=id&$top=5&$orderby=activityDateTime desc,id&$count=true');
    expect(q.select).toEqual(['id']);
    expect(q.top).toBe(5);
    expect(q.orderBy).toEqual([
      { path: ['activityDateTime'], descending: true },
      { path: ['id'], descending: false },
    ]);
    expect(q.count).toBe(true);
  });

  it.each([
    ['$expand=policy($expand=rules', /Unbalanced parentheses/],
    ['$expand=policy($orderby=id)', /is not valid in a \$select or \$expand expression/],
    ['$expand=policy($top=1)', /is not valid/],
    ['$select=id,,name', /Syntax error in \$select/],
    ['$top=-1', /Invalid value '-1' for \$top/],
    ['$count=yes', /Invalid value 'yes' for \$count/],
    ['$orderby=activityDateTime sideways', /Syntax error in \$orderby/],
    ['$foo=1', /The query parameter '\$foo' is not supported\./],
    ['$skip=10', /not supported on this resource/],
  ])('rejects %s with 400', (query, message) => {
    expect(() => parse(query)).toThrow(message);
  });
});
