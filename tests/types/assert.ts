// Exact type equality, so a detail type that drifts from its exported interface fails here.
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const expectTrue = <T extends true>(..._proof: T extends true ? [] : [never]): void => undefined;
