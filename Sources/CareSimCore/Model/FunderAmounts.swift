/// An amount of euros for each funder.
///
/// Backed by a SIMD vector so that the engine's monthly accumulation is a single vector add.
public struct FunderAmounts: Sendable, Equatable {
  @usableFromInline var storage: SIMD8<Double>

  /// All funders zero.
  public static let zero = FunderAmounts()

  public init() { storage = .zero }

  public init(
    wmo: Double = 0, zvw: Double = 0, wlz: Double = 0, intervention: Double = 0,
    informal: Double = 0
  ) {
    storage = SIMD8(wmo, zvw, wlz, intervention, informal, 0, 0, 0)
  }

  public subscript(funder: Funder) -> Double {
    get { storage[funder.rawValue] }
    set { storage[funder.rawValue] = newValue }
  }

  /// The sum over every funder, informal care included: the societal total.
  public var total: Double { storage.sum() }

  public static func + (lhs: FunderAmounts, rhs: FunderAmounts) -> FunderAmounts {
    var result = lhs
    result.storage += rhs.storage
    return result
  }

  public static func += (lhs: inout FunderAmounts, rhs: FunderAmounts) {
    lhs.storage += rhs.storage
  }

  public static func * (lhs: FunderAmounts, rhs: Double) -> FunderAmounts {
    var result = lhs
    result.storage *= rhs
    return result
  }
}
