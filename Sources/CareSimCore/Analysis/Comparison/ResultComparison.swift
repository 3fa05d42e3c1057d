/// Two results of one command side by side: the inputs that differ and how far each headline
/// figure moved, against the Monte-Carlo error of the difference.
///
/// A difference is "beyond its Monte-Carlo error" when |B − A| > t·√(SE_A² + SE_B²), t the 95%
/// point of Student's t with n − 1 degrees of freedom, n the smaller result's replications (the
/// normal's 1.96 where a result does not say): the 95% test of two independent estimates whose
/// errors are themselves estimated from n replications each (Welch's degrees of freedom are at
/// least n − 1, so the test is never laxer than Welch's). Two runs on the same seed share their
/// random numbers, which makes their difference's error smaller than this, so the test is
/// conservative for them.
public struct ResultComparison: Sendable, Equatable {
  /// An input that differs: a scenario field by path, the seed, the replications, the version,
  /// the command line.
  public struct InputChange: Sendable, Equatable {
    public var name: String
    /// The value in A and in B; nil where one result does not have it.
    public var a: String?
    public var b: String?

    public init(name: String, a: String?, b: String?) {
      self.name = name
      self.a = a
      self.b = b
    }
  }

  /// What a figure counts, so that a page writes it as a reader expects: `€ 27.200`, `40,0%`.
  public enum Unit: String, Sendable, Equatable, CaseIterable {
    case euros
    /// A share or a probability, written as a percentage.
    case share
    case number
  }

  /// A headline figure with its Monte-Carlo standard error, where the result gives one.
  public struct Figure: Sendable, Equatable {
    public var value: Double
    public var standardError: Double?
    public var unit: Unit

    public init(value: Double, standardError: Double? = nil, unit: Unit = .number) {
      self.value = value
      self.standardError = standardError
      self.unit = unit
    }
  }

  /// A headline figure in both results.
  public struct FigureChange: Sendable, Equatable {
    public var name: String
    public var a: Double
    public var b: Double
    /// The standard error of B − A, where both results give their figure's.
    public var standardError: Double?
    public var unit: Unit
    /// How many standard errors of the difference a difference must pass to be beyond its
    /// Monte-Carlo error: the comparison's (``ResultComparison/criticalValue(degreesOfFreedom:)``).
    public var criticalValue: Double

    public init(
      name: String, a: Double, b: Double, standardError: Double?, unit: Unit = .number,
      criticalValue: Double
    ) {
      self.name = name
      self.a = a
      self.b = b
      self.standardError = standardError
      self.unit = unit
      self.criticalValue = criticalValue
    }

    /// B − A.
    public var difference: Double { b - a }

    /// Whether the difference is beyond ``criticalValue`` standard errors of the difference; nil
    /// without one.
    public var beyondMonteCarloError: Bool? {
      standardError.map { abs(difference) > criticalValue * $0 }
    }

    /// The difference in standard errors of the difference; nil without an error, or where the
    /// error is zero (a figure that no replication varies).
    public var standardisedDifference: Double? {
      standardError.flatMap { $0 > 0 ? difference / $0 : nil }
    }
  }

  public var inputs: [InputChange]
  public var figures: [FigureChange]
  /// The test's degrees of freedom: the smaller result's replications less one; nil where a
  /// result does not give its replications.
  public var degreesOfFreedom: Int?

  public init(inputs: [InputChange], figures: [FigureChange], degreesOfFreedom: Int?) {
    self.inputs = inputs
    self.figures = figures
    self.degreesOfFreedom = degreesOfFreedom
  }

  /// How many standard errors of the difference a difference must pass to be beyond its
  /// Monte-Carlo error: the two-sided 95% point of Student's t with `degreesOfFreedom`, or of the
  /// normal without them.
  public static func criticalValue(degreesOfFreedom: Int?) -> Double {
    degreesOfFreedom.map { StudentT.twoSidedCriticalValue(level: 0.95, degreesOfFreedom: $0) }
      ?? StandardNormal.quantile(0.975)
  }

  /// This comparison's ``criticalValue(degreesOfFreedom:)``.
  public var criticalValue: Double { Self.criticalValue(degreesOfFreedom: degreesOfFreedom) }

  /// The figures beyond their Monte-Carlo error, farthest first (in standard errors of the
  /// difference; one whose error is zero counts as farthest), by name at a tie.
  public var figuresBeyondMonteCarloError: [FigureChange] {
    figures.filter { $0.beyondMonteCarloError == true }.sorted {
      let (a, b) = (
        $0.standardisedDifference.map(abs) ?? .infinity,
        $1.standardisedDifference.map(abs) ?? .infinity
      )
      return a != b ? a > b : $0.name < $1.name
    }
  }

  /// The comparison of two results' inputs and figures.
  ///
  /// - Parameters:
  ///   - inputs: Each result's inputs by name (a scenario field's path, `seed`, ...), as text.
  ///   - figures: Each result's headline figures by name.
  ///   - replications: The replications behind each result's standard errors (per setting for an
  ///     analysis), where the result gives them.
  /// - Returns: The inputs that differ, by name; every figure both results have, by name with
  ///   the numbers in names in their order (see ``precedes(_:_:)``).
  public static func compare(
    inputs: (a: [String: String], b: [String: String]),
    figures: (a: [String: Figure], b: [String: Figure]),
    replications: (a: Int?, b: Int?)
  ) -> ResultComparison {
    let degreesOfFreedom = replications.a.flatMap { a in
      replications.b.flatMap { b in min(a, b) >= 2 ? min(a, b) - 1 : nil }
    }
    let critical = criticalValue(degreesOfFreedom: degreesOfFreedom)
    let names = Set(inputs.a.keys).union(inputs.b.keys).sorted()
    let changes = names.compactMap { name -> InputChange? in
      let (a, b) = (inputs.a[name], inputs.b[name])
      return a == b ? nil : InputChange(name: name, a: a, b: b)
    }
    let common = Set(figures.a.keys).intersection(figures.b.keys).sorted(by: precedes)
    let moved = common.compactMap { name -> FigureChange? in
      guard let a = figures.a[name], let b = figures.b[name] else { return nil }
      let error = a.standardError.flatMap { ea in
        b.standardError.map { eb in (ea * ea + eb * eb).squareRoot() }
      }
      return FigureChange(
        name: name, a: a.value, b: b.value, standardError: error, unit: b.unit,
        criticalValue: critical)
    }
    return ResultComparison(inputs: changes, figures: moved, degreesOfFreedom: degreesOfFreedom)
  }

  /// Whether figure name `a` comes before `b`: the numbers in names compare by value (a grid's
  /// cell at 0 before the one at 0.15, a PSA's set 3 before set 12, ages 95-99 before 100+), the
  /// rest as text; names that differ only in how a number is written, by their text.
  ///
  /// A total order: a text token never starts with a digit, so it falls before every number or
  /// after every number by its first character alone.
  package static func precedes(_ a: String, _ b: String) -> Bool {
    let (first, second) = (NameToken.tokens(of: a), NameToken.tokens(of: b))
    for (x, y) in zip(first, second) where x != y {
      if case .number(let m, _) = x, case .number(let n, _) = y, m != n { return m < n }
      return x.text < y.text
    }
    return first.count != second.count ? first.count < second.count : a < b
  }

  /// A run of a figure's name: a number (digits, with a fraction after a point) or text.
  private enum NameToken: Equatable {
    case number(Double, Substring)
    case text(Substring)

    var text: Substring {
      switch self {
      case .number(_, let text), .text(let text): text
      }
    }

    static func tokens(of name: String) -> [NameToken] {
      func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
      func digits(from start: String.Index) -> String.Index {
        name[start...].firstIndex { !isDigit($0) } ?? name.endIndex
      }
      var tokens: [NameToken] = []
      var index = name.startIndex
      while index < name.endIndex {
        let start = index
        if isDigit(name[index]) {
          index = digits(from: index)
          // A point is a fraction's only when a digit follows it (not `level.3.cost`'s).
          if index < name.endIndex, name[index] == "." {
            let next = name.index(after: index)
            if next < name.endIndex, isDigit(name[next]) { index = digits(from: next) }
          }
          tokens.append(.number(Double(name[start..<index]) ?? 0, name[start..<index]))
        } else {
          index = name[index...].firstIndex(where: isDigit) ?? name.endIndex
          tokens.append(.text(name[start..<index]))
        }
      }
      return tokens
    }
  }
}
