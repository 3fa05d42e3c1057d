/// Care costs that rise with age within a need level: per payer, a factor on the level's annual
/// cost by band of age.
///
/// Nationally, Zvw care costs about 6,000 euros a year per person aged 65 and over and about
/// 8,600 at 80-95, a rise the need ladder alone does not give (issue #15); the factors carry it.
/// A band applies from its age until the next band's; below a payer's first band, and for a payer
/// without bands, the factor is 1.
public struct CareCostsByAge: Sendable, Equatable {
  /// A band of age and its factor.
  public struct Band: Sendable, Equatable {
    /// The age in whole years from which the band's factor applies.
    public var fromAge: Int
    /// Multiplies each need level's annual cost of the payer from `fromAge` on.
    public var factor: Double

    public init(fromAge: Int, factor: Double) {
      self.fromAge = fromAge
      self.factor = factor
    }
  }

  /// The most distinct ages at which a band may start, over all payers: each splits a month's
  /// care classes once more (see `Engine/Step/MonthlyStepper+CostsByAge.swift`).
  public static let maximumBoundaries = 16

  /// The oldest age a band may start at; older residents are priced as this age.
  public static let maximumAge = 130

  /// Bands per payer (``Funder/wmo``, ``Funder/zvw``, ``Funder/wlz``), in increasing `fromAge`.
  public var bands: [Funder: [Band]]

  /// The factor 1 at every age, for every payer.
  public static let none = CareCostsByAge(bands: [:])

  public init(bands: [Funder: [Band]]) {
    self.bands = bands
  }

  /// The factor on `funder`'s cost at `age` (in whole years).
  public func factor(_ funder: Funder, atAge age: Int) -> Double {
    bands[funder]?.last { $0.fromAge <= age }?.factor ?? 1
  }

  /// Every age at which some payer's band starts, in increasing order.
  public var boundaries: [Int] {
    Set(bands.values.joined().map(\.fromAge)).sorted()
  }
}
