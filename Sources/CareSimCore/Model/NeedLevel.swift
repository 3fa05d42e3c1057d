/// One rung of a need ladder, with the care that is delivered and paid for at that rung.
///
/// Ladders are data: the Groningen MKBA uses four severity categories plus death for older people, other
/// studies bring other ladders. The engine only relies on each level's ``Kind``.
public struct NeedLevel: Sendable, Equatable {
  /// Where a resident at this level lives, which decides what the engine allows.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Living at home: need may be unmet until it is signalled, and the intervention can reach them.
    case community
    /// Living in an institution (nursing home): care is always delivered, no intervention.
    case institutional
    /// Dead: absorbing, costs nothing, no quality of life.
    case dead
  }

  /// The most levels a ladder may have: a resident's level is stored in a byte, and the care
  /// classes priced each month grow with the ladder.
  public static let maximumCount = 32

  public var name: String
  public var kind: Kind
  /// The quality-of-life utility (0...1) that a resident at this level tends to.
  public var utility: Double
  /// What a year of the care delivered at this level costs each funder (Wmo, Zvw, Wlz only).
  public var annualCareCost: FunderAmounts
  /// Hours of informal care per week that a resident at this level receives when a carer is present.
  public var informalCareHoursPerWeek: Double
  /// How much this level adds to an informal carer's strain each month (0...1 scale).
  public var carerStrainPerMonth: Double

  public init(
    name: String, kind: Kind, utility: Double, annualCareCost: FunderAmounts,
    informalCareHoursPerWeek: Double = 0, carerStrainPerMonth: Double = 0
  ) {
    self.name = name
    self.kind = kind
    self.utility = utility
    self.annualCareCost = annualCareCost
    self.informalCareHoursPerWeek = informalCareHoursPerWeek
    self.carerStrainPerMonth = carerStrainPerMonth
  }
}
