/** The HCL expression subset we evaluate: enough of the native syntax to walk every call. */
export type Node =
  | { t: 'lit'; value: string | number | boolean | null }
  | { t: 'tpl'; parts: Array<string | Node>; directive: boolean }
  | { t: 'var'; name: string }
  | { t: 'attr'; of: Node; name: string }
  | { t: 'index'; of: Node; key: Node }
  | { t: 'splat'; of: Node; steps: Array<string | Node> }
  | { t: 'call'; name: string; args: Node[]; expand: boolean }
  | { t: 'tuple'; items: Node[] }
  | { t: 'object'; entries: Array<{ key: Node; value: Node }> }
  | ForNode
  | { t: 'cond'; test: Node; yes: Node; no: Node }
  | { t: 'op'; op: string; args: Node[] }
  /** A template directive header (%{ if x }, %{ for v in xs }): evaluated only for its calls. */
  | { t: 'directive'; exprs: Node[]; names: string[] };

export interface ForNode {
  t: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Node;
  keyExpr?: Node;
  valueExpr: Node;
  condition?: Node;
  grouped: boolean;
}

export type CallNode = Extract<Node, { t: 'call' }>;

export class ExprSyntaxError extends Error {
  constructor(message: string, source: string, at: number) {
    const near = source.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ');
    super(`${message} at offset ${at} (near "${near}")`);
    this.name = 'ExprSyntaxError';
  }
}
