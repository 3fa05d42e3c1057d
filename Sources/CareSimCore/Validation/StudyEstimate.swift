/// How CareSim estimates a study's figure: a signed sum of measures, optionally divided by another.
///
/// Written in validation files as `A + B - C`, `0.5 * A`, or `(A + B) / (C)`. A number multiplying a
/// measure must itself be a study figure; the grammar has no room for anything else, so there is no
/// place to hide a tuning factor.
public struct StudyEstimate: Sendable, Equatable {
  public struct Term: Sendable, Equatable {
    public var factor: Double
    public var measure: StudyMeasure
  }

  public var numerator: [Term]
  /// Empty when the estimate is not a ratio.
  public var denominator: [Term]

  /// A problem with an estimate's text, worded for the validation file's reader.
  public struct ParseError: Error, Equatable, Sendable {
    public var message: String
  }

  public init(parsing text: String) throws(ParseError) {
    let sides = Self.splitRatio(text)
    guard sides.count <= 2 else {
      throw ParseError(message: "'\(text)' has more than one '/'; allowed: SUM or (SUM) / (SUM)")
    }
    numerator = try Self.parseSum(sides[0])
    denominator = sides.count == 2 ? try Self.parseSum(sides[1]) : []
  }

  /// Splits on a top-level `/` that divides two sums; a `/` inside neither is an error later.
  static func splitRatio(_ text: String) -> [String] {
    text.split(separator: "/", omittingEmptySubsequences: false).map { side in
      String(side.drop { " ()".contains($0) }.reversed().drop { " ()".contains($0) }.reversed())
    }
  }

  static func parseSum(_ text: String) throws(ParseError) -> [Term] {
    var terms: [Term] = []
    var sign = 1.0
    var pendingFactor: Double?
    var expectTerm = true
    for token in tokens(text) {
      switch token {
      case "+", "-":
        guard expectTerm == false || terms.isEmpty && token == "-" else {
          throw ParseError(message: "'\(text)': '\(token)' where a measure was expected")
        }
        sign = token == "-" ? -1 : 1
        expectTerm = true
      case "*":
        guard pendingFactor != nil else {
          throw ParseError(message: "'\(text)': '*' must follow a number")
        }
      default:
        guard expectTerm else {
          throw ParseError(message: "'\(text)': '\(token)' must be separated by '+' or '-'")
        }
        if let number = Double(token), pendingFactor == nil {
          // `nan`, `inf` and `1e999` read as numbers, but no study publishes one.
          guard number.isFinite else {
            throw ParseError(
              message: "'\(token)' is not a finite number; a factor is a study figure")
          }
          pendingFactor = number
          continue
        }
        guard let measure = StudyMeasure(token) else {
          throw ParseError(
            message: "'\(token)' is not a measure; allowed: cost.ARM.LINE, saving.LINE, "
              + "netBenefit.PERSPECTIVE, qalyGain, count.ARM.METRIC, perResidentYear.ARM.LINE.yK, "
              + "qualityOfLife.ARM.yK")
        }
        terms.append(Term(factor: sign * (pendingFactor ?? 1), measure: measure))
        sign = 1
        pendingFactor = nil
        expectTerm = false
      }
    }
    guard !terms.isEmpty, !expectTerm else {
      throw ParseError(message: "'\(text)' must end with a measure")
    }
    return terms
  }

  static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for character in text {
      if "+-*".contains(character) && !(character == "-" && current.last == "e") {
        if !current.isEmpty { tokens.append(current) }
        tokens.append(String(character))
        current = ""
      } else if character == " " {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  /// Every measure the estimate reads.
  public var measures: [StudyMeasure] { (numerator + denominator).map(\.measure) }

  public func value(in replication: ReplicationMeasures) -> Double {
    func sum(_ terms: [Term]) -> Double {
      terms.reduce(0) { $0 + $1.factor * $1.measure.value(in: replication) }
    }
    let top = sum(numerator)
    return denominator.isEmpty ? top : top / sum(denominator)
  }
}
