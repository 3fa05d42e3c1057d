/// Where a perspective's expected net benefit is zero as one parameter moves: the root, its 95%
/// interval and every probe (see ``BreakEven``).
public struct BreakEvenSearch: Sendable, Equatable {
  /// The parameter's name, as the user gave it (a field path).
  public var parameter: String
  public var perspective: Perspective
  /// The parameter's value in the scenario.
  public var current: Double
  public var result: BreakEven.Result

  public init(
    parameter: String, perspective: Perspective, current: Double, result: BreakEven.Result
  ) {
    self.parameter = parameter
    self.perspective = perspective
    self.current = current
    self.result = result
  }
}
