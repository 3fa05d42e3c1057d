/// What `caresim diff A B --out DIR` found, as its report shows it: the command the two results
/// come from, their folders and their ``ResultComparison``.
///
/// The figures are those of the comparison's files; the provenance is B's, the result compared
/// with A, so that a page names its scenario and labels its parameters as B's scenario does.
public struct ComparisonResult: Sendable, Equatable {
  public var provenance: ResultProvenance
  /// The command that wrote both results (`run`, `psa`, ...).
  public var command: String
  /// The folders compared, as the user named them.
  public var a: String
  public var b: String
  public var comparison: ResultComparison

  public init(
    provenance: ResultProvenance, command: String, a: String, b: String,
    comparison: ResultComparison
  ) {
    self.provenance = provenance
    self.command = command
    self.a = a
    self.b = b
    self.comparison = comparison
  }
}
