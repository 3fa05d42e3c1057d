/// The precomputed cells of a workshop page: a scenario's key knobs at a few levels each, every
/// cell on the same replications (common random numbers), so that neighbouring cells differ by the
/// effect of the knobs and not by noise.
///
/// A cell keeps, per replication, each funder's discounted saving, the programme's discounted cost
/// and the QALYs gained: a payer's balance under any funding split is then `saving - share × cost`,
/// which the page computes exactly without new runs.
public struct WorkshopGrid: Sendable {
  /// A knob: a parameter and the levels it takes.
  public struct Knob: Sendable, Equatable {
    public var name: String
    /// Sorted ascending.
    public var levels: [Double]
    /// The index of the scenario's own value in `levels`.
    public var base: Int

    public init(name: String, levels: [Double], base: Int) {
      precondition(levels.indices.contains(base), "the base is one of the levels")
      self.name = name
      self.levels = levels
      self.base = base
    }

    /// Levels spread evenly over `range`, with the scenario's own value among them.
    ///
    /// - Parameters:
    ///   - name: The parameter.
    ///   - range: Its range in the scenario.
    ///   - value: Its value in the scenario.
    ///   - count: Levels over the range, before the value is added (2 or more).
    public init(name: String, range: ClosedRange<Double>, value: Double, count: Int) {
      precondition(count >= 2, "a knob needs at least two levels")
      var levels = (0..<count).map { index in
        range.lowerBound + (range.upperBound - range.lowerBound) * Double(index) / Double(count - 1)
      }
      // The value replaces a level within a hundredth of the range, or joins the levels.
      let near = levels.indices.min { abs(levels[$0] - value) < abs(levels[$1] - value) } ?? 0
      if abs(levels[near] - value) <= (range.upperBound - range.lowerBound) / 100 {
        levels[near] = value
      } else {
        levels.append(value)
      }
      levels.sort()
      self.init(name: name, levels: levels, base: levels.firstIndex(of: value) ?? 0)
    }
  }

  /// Which combinations of levels are computed.
  public enum Design: String, Sendable {
    /// Every combination.
    case factorial
    /// The base, every change of one knob and every change of two knobs.
    case aroundBase
  }

  /// One computed combination.
  public struct Cell: Sendable {
    /// A level index per knob.
    public var levels: [Int]
    /// Per replication, each funder's discounted saving (control minus intervention); the
    /// intervention funder's "saving" is minus the programme's cost.
    public var savings: [FunderAmounts]
    /// Per replication, the programme's discounted cost.
    public var cost: [Double]
    /// Per replication, the discounted QALYs gained.
    public var qalys: [Double]
    /// Per year, the mean discounted saving per funder over replications.
    public var yearlySavings: [FunderAmounts]
    /// Per year, the mean discounted programme cost.
    public var yearlyCost: [Double]
  }

  public var knobs: [Knob]
  public var design: Design
  public var cells: [Cell]

  /// The combinations a design computes, base first.
  public static func combinations(_ knobs: [Knob], design: Design) -> [[Int]] {
    let base = knobs.map(\.base)
    switch design {
    case .factorial:
      var all: [[Int]] = [[]]
      for knob in knobs {
        all = all.flatMap { prefix in knob.levels.indices.map { prefix + [$0] } }
      }
      return [base] + all.filter { $0 != base }
    case .aroundBase:
      var cells = [base]
      for (i, knob) in knobs.enumerated() {
        for level in knob.levels.indices where level != knob.base {
          var cell = base
          cell[i] = level
          cells.append(cell)
        }
      }
      for i in knobs.indices {
        for j in knobs.indices where j > i {
          for a in knobs[i].levels.indices where a != knobs[i].base {
            for b in knobs[j].levels.indices where b != knobs[j].base {
              var cell = base
              cell[i] = a
              cell[j] = b
              cells.append(cell)
            }
          }
        }
      }
      return cells
    }
  }

  /// The design for `knobs`: every combination when there are at most `limit` cells, otherwise
  /// the cells around the base.
  public static func design(for knobs: [Knob], limit: Int) -> Design {
    let factorial = knobs.reduce(1) { $0 * $1.levels.count }
    return factorial <= limit ? .factorial : .aroundBase
  }

  /// Runs every cell.
  ///
  /// - Parameters:
  ///   - knobs: The knobs.
  ///   - design: Which combinations.
  ///   - settings: The scenario at each combination, in the order of ``combinations(_:design:)``.
  ///   - evaluator: Runs the settings against the base, together, on common random numbers.
  /// - Returns: The cells, in the order of the combinations.
  public static func evaluate(
    knobs: [Knob], design: Design, settings: [ScenarioParameters], with evaluator: WhatIfEvaluator
  ) -> WorkshopGrid {
    let combinations = Self.combinations(knobs, design: design)
    precondition(settings.count == combinations.count, "one setting per combination")
    let totals = evaluator.totals(of: settings)
    let cells = zip(combinations, totals).map { levels, totals in
      Cell(levels: levels, totals: totals)
    }
    return WorkshopGrid(knobs: knobs, design: design, cells: cells)
  }
}

extension WorkshopGrid.Cell {
  init(levels: [Int], totals: [ReplicationTotals]) {
    let control = InterventionArm.control.rawValue
    let intervention = InterventionArm.intervention.rawValue
    self.levels = levels
    savings = totals.map { replication in
      var saving = FunderAmounts.zero
      for funder in Funder.allCases {
        saving[funder] =
          replication.discountedCosts[control][funder]
          - replication.discountedCosts[intervention][funder]
      }
      return saving
    }
    cost = totals.map { $0.discountedCosts[intervention][.intervention] }
    qalys = totals.map(\.qalyGain)
    let years = totals.first?.yearlyDiscountedCosts.first?.count ?? 0
    let count = Double(max(1, totals.count))
    yearlySavings = (0..<years).map { year in
      var mean = FunderAmounts.zero
      for funder in Funder.allCases {
        mean[funder] =
          totals.reduce(0) {
            $0 + $1.yearlyDiscountedCosts[control][year][funder]
              - $1.yearlyDiscountedCosts[intervention][year][funder]
          } / count
      }
      return mean
    }
    yearlyCost = (0..<years).map { year in
      totals.reduce(0) { $0 + $1.yearlyDiscountedCosts[intervention][year][.intervention] } / count
    }
  }
}
