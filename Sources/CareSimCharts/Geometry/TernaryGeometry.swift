/// Three shares that sum to one, such as the mix of informal care, home care and nursing homes.
public struct TernaryPoint: Sendable, Hashable {
  /// The share of the top corner.
  public var a: Double
  /// The share of the bottom-left corner.
  public var b: Double
  /// The share of the bottom-right corner.
  public var c: Double

  /// The point with shares a, b and c, scaled so they sum to one (all must be non-negative,
  /// with a positive sum).
  public init(a: Double, b: Double, c: Double) {
    let sum = a + b + c
    precondition(
      a >= 0 && b >= 0 && c >= 0 && sum > 0 && sum.isFinite,
      "ternary shares must be non-negative with a positive sum, got \(a), \(b), \(c)")
    self.a = a / sum
    self.b = b / sum
    self.c = c / sum
  }

  /// The shares as whole percentages that add up to 100, by largest remainder.
  ///
  /// A reader who adds them finds the whole: rounding each alone gives 33% three times at the
  /// centre. Remainders equal but for rounding error (a third, computed two ways) are a tie, and
  /// go to the earlier share: they are compared to nine decimals.
  public var wholePercents: (a: Int, b: Int, c: Int) {
    let raw = [a * 100, b * 100, c * 100]
    var whole = raw.map { Int($0.rounded(.down)) }
    let remainders = raw.indices.map { ((raw[$0] - Double(whole[$0])) * 1e9).rounded() }
    let order = whole.indices.sorted { i, j in
      remainders[i] != remainders[j] ? remainders[i] > remainders[j] : i < j
    }
    for index in order.prefix(max(0, 100 - whole.reduce(0, +))) { whole[index] += 1 }
    return (whole[0], whole[1], whole[2])
  }
}

/// The triangular cells of a simplex divided into `divisions` parts along each side.
///
/// Cells are the n² small triangles of the subdivision, row by row from the top corner: row k
/// (0-based) holds 2k + 1 cells, alternately pointing up and down. The lead computes one value
/// per cell at its centroid, in this order.
public struct TernaryGrid: Sendable, Hashable {
  /// One small triangle.
  public struct Cell: Sendable, Hashable {
    /// The three corners.
    public var vertices: [TernaryPoint]
    /// The centroid, where the cell's value is evaluated.
    public var centroid: TernaryPoint
    /// Whether the cell points up (like the whole triangle).
    public var pointsUp: Bool
  }

  /// The number of parts along each side.
  public var divisions: Int
  /// The n² cells, row by row from the top.
  public private(set) var cells: [Cell]

  /// The subdivision into `divisions` parts per side (at least 1).
  public init(divisions: Int) {
    precondition(divisions >= 1, "a ternary grid needs at least one division, got \(divisions)")
    self.divisions = divisions
    let n = Double(divisions)
    // Lattice point (i, j): a = 1 − i/n, and of the i/n left, b takes (i − j)/n and c takes j/n.
    func point(_ i: Int, _ j: Int) -> TernaryPoint {
      TernaryPoint(a: Double(divisions - i) / n, b: Double(i - j) / n, c: Double(j) / n)
    }
    func centroid(_ p: [TernaryPoint]) -> TernaryPoint {
      TernaryPoint(
        a: (p[0].a + p[1].a + p[2].a) / 3, b: (p[0].b + p[1].b + p[2].b) / 3,
        c: (p[0].c + p[1].c + p[2].c) / 3)
    }
    var cells: [Cell] = []
    for row in 0..<divisions {
      for j in 0...row {
        let up = [point(row, j), point(row + 1, j), point(row + 1, j + 1)]
        cells.append(Cell(vertices: up, centroid: centroid(up), pointsUp: true))
        if j < row {
          let down = [point(row, j), point(row + 1, j + 1), point(row, j + 1)]
          cells.append(Cell(vertices: down, centroid: centroid(down), pointsUp: false))
        }
      }
    }
    self.cells = cells
  }
}

/// Places ternary points in an equilateral triangle on the canvas: top corner `a`, bottom left
/// `b`, bottom right `c`.
///
/// A point's position is the share-weighted mean of the corners (barycentric coordinates).
package struct TernaryGeometry: Sendable, Hashable {
  /// The left end of the base.
  package var left: Double
  /// The base line (y of corners b and c).
  package var base: Double
  /// The length of a side.
  package var side: Double

  /// A triangle with its base from (left, base) to (left + side, base), pointing up.
  package init(left: Double, base: Double, side: Double) {
    self.left = left
    self.base = base
    self.side = side
  }

  /// √3 / 2: the height of an equilateral triangle of side 1.
  package static let heightRatio = 0.866_025_403_784_438_6

  /// The height of the triangle.
  package var height: Double { side * Self.heightRatio }

  /// The top corner (a = 1).
  package var top: (x: Double, y: Double) { (left + side / 2, base - height) }

  /// The position of `point`.
  package func position(_ point: TernaryPoint) -> (x: Double, y: Double) {
    let top = top
    return (
      point.a * top.x + point.b * left + point.c * (left + side),
      point.a * top.y + (point.b + point.c) * base
    )
  }

  /// The shares at a position (the inverse of `position`); shares outside [0, 1] mean the
  /// position is outside the triangle.
  package func shares(x: Double, y: Double) -> (a: Double, b: Double, c: Double) {
    let a = (base - y) / height
    let c = (x - left) / side - a / 2
    return (a, 1 - a - c, c)
  }
}
