/// A PSA's sets as the value of information reads them: each set's parameter values, each
/// perspective's net benefit of the programme (at no value of a QALY) with its Monte-Carlo
/// standard error where the table gives one, and the QALYs gained.
///
/// The sets are equally likely draws from the parameters' joint distribution; a perspective's net
/// benefit at a value of a QALY λ is its net benefit plus λ times the QALYs gained, for a payer
/// as for society: a payer that values the residents' health at λ (at 0, its budget alone).
public struct DecisionTable: Sendable, Equatable {
  /// The parameters, in the order of ``parameterValues``.
  public var parameterNames: [String]
  /// Each parameter's value in every set (one array per parameter).
  public var parameterValues: [[Double]]
  /// Each perspective's net benefit in every set, for the perspectives the table has.
  public var netBenefits: [Perspective: [Double]]
  /// Each set's Monte-Carlo standard error of its net benefit, for the perspectives that have it.
  public var standardErrors: [Perspective: [Double]]
  /// The QALYs gained in every set.
  public var qalyGains: [Double]

  public init(
    parameterNames: [String], parameterValues: [[Double]], netBenefits: [Perspective: [Double]],
    standardErrors: [Perspective: [Double]] = [:], qalyGains: [Double]
  ) {
    precondition(parameterNames.count == parameterValues.count, "one column per parameter")
    precondition(!netBenefits.isEmpty, "a table needs a perspective's net benefit")
    let count = qalyGains.count
    precondition(
      parameterValues.allSatisfy { $0.count == count }
        && netBenefits.values.allSatisfy { $0.count == count }
        && standardErrors.values.allSatisfy { $0.count == count },
      "every column needs one value per set")
    self.parameterNames = parameterNames
    self.parameterValues = parameterValues
    self.netBenefits = netBenefits
    self.standardErrors = standardErrors
    self.qalyGains = qalyGains
  }

  /// The number of sets.
  public var count: Int { qalyGains.count }

  /// The perspectives the table has, in ``Perspective`` order.
  public var perspectives: [Perspective] {
    Perspective.allCases.filter { netBenefits[$0] != nil }
  }

  /// A perspective's net benefit in every set at a value of a QALY.
  public func netBenefit(_ perspective: Perspective, valuePerQALY: Double) -> [Double] {
    guard let values = netBenefits[perspective] else {
      preconditionFailure("the table has no net benefit of \(perspective)")
    }
    return zip(values, qalyGains).map { $0 + valuePerQALY * $1 }
  }
}
