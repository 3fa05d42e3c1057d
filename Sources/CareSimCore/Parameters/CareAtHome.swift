/// The Wlz's choice for a resident who needs long-term care: care at home with a full or modular
/// package, or admission to an institution.
///
/// About a third of the Wlz's indications for nursing-home care are delivered at home (68,908 of
/// 191,303 in 2023, ActiZ quarterly figures via Skipr). Without this choice an indication means
/// admission, and a programme's Wlz saving is a delayed admission by definition.
public struct CareAtHome: Sendable, Equatable {
  /// The need level of residents who receive the Wlz's care at home: a level at home, above
  /// every other level at home, whose care is delivered at once (as an institution's is) and
  /// whose residents are not admitted for falling below the minimum quality of life for living
  /// at home; they move on along the ladder's transitions (admission, death).
  public var level: Int
  /// The chance that a resident at home below ``level`` who would be admitted chooses care at
  /// home instead.
  public var share: Double

  public init(level: Int, share: Double) {
    self.level = level
    self.share = share
  }
}
