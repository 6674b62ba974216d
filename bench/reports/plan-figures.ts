/** One node of EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON). */
export interface PlanNode {
  'Node Type': string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** What PostgreSQL did for a statement, as counts that do not depend on how busy the machine is. */
export interface PlanFigures {
  /** 8 kB pages touched: shared buffers hit or read, and temporary ones (a sort spilled to disk). */
  buffers: number;
  /** Rows the scans of tables and indexes read, kept or filtered out: the work that grows with the data. */
  rowsScanned: number;
}

/** Scans that read a table or an index (a bitmap's index scan is counted in its heap scan, a CTE's or a function's rows were read already). */
const RELATION_SCANS = ['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan'];

/** The figures of a plan's root (a node's buffers include its children's) and of every scan under it. */
export function planFigures(root: PlanNode): PlanFigures {
  let rowsScanned = 0;
  const visit = (node: PlanNode) => {
    if (RELATION_SCANS.includes(node['Node Type'])) {
      const loops = node['Actual Loops'] ?? 1;
      rowsScanned += ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * loops;
    }
    node.Plans?.forEach(visit);
  };
  visit(root);
  return { buffers: (root['Shared Hit Blocks'] ?? 0) + (root['Shared Read Blocks'] ?? 0) + (root['Temp Read Blocks'] ?? 0), rowsScanned };
}
