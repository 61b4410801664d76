/** The outcome of one named check on one tarball. */
export interface CheckResult {
  check: string;
  problems: string[];
  /** Things worth knowing that do not fail the check. */
  notes?: string[];
}
