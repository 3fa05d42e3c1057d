/// What a two-way sensitivity analysis (`caresim grid`) found, as its report shows it: each
/// perspective's net benefit and society's chance of a gain at every cell of two parameters'
/// grid.
///
/// The figures are those of the analysis's files.
public struct GridResult: Sendable, Equatable {
  /// A cell's results.
  public struct Cell: Sendable, Equatable {
    public var netBenefit: [Perspective: Double]
    /// The share of replications in which society gains.
    public var societyProbabilityOfGain: Double

    public init(netBenefit: [Perspective: Double], societyProbabilityOfGain: Double) {
      self.netBenefit = netBenefit
      self.societyProbabilityOfGain = societyProbabilityOfGain
    }
  }

  public var provenance: ResultProvenance
  public var x: TwoWaySensitivity.Axis
  public var y: TwoWaySensitivity.Axis
  /// Per cell, x outer and y inner, as ``TwoWaySensitivity/cells``.
  public var cells: [Cell]

  public init(
    provenance: ResultProvenance, x: TwoWaySensitivity.Axis, y: TwoWaySensitivity.Axis,
    cells: [Cell]
  ) {
    precondition(cells.count == x.values.count * y.values.count, "a cell per pair of values")
    self.provenance = provenance
    self.x = x
    self.y = y
    self.cells = cells
  }

  /// A figure of every cell as a map: a row per value of y, a column per value of x.
  public func map(_ figure: (Cell) -> Double) -> [[Double]] {
    y.values.indices.map { j in
      x.values.indices.map { i in figure(cells[i * y.values.count + j]) }
    }
  }

  /// A perspective's net benefit as a map (see ``map(_:)``); NaN where the result has none.
  public func netBenefitMap(_ perspective: Perspective) -> [[Double]] {
    map { $0.netBenefit[perspective] ?? .nan }
  }

  /// The cells in which a perspective gains (its net benefit above zero).
  public func cellsGaining(_ perspective: Perspective) -> Int {
    cells.count { ($0.netBenefit[perspective] ?? .nan) > 0 }
  }
}
