/** The class names given, in order, leaving out those not given; none at all leaves no class. */
export function classes(...names: (string | undefined | false)[]): string | undefined {
  return names.filter((name) => typeof name === 'string' && name !== '').join(' ') || undefined;
}
