import CareSimCharts
import Testing

/// Ternary cells and their placement in the triangle.
@Suite struct TernaryGeometryTests {
  static let geometry = TernaryGeometry(left: 10, base: 200, side: 160)

  @Test(arguments: 1...7)
  func gridHasNSquaredCellsCoveringTheTriangle(divisions: Int) {
    let grid = TernaryGrid(divisions: divisions)
    #expect(grid.cells.count == divisions * divisions)
    #expect(grid.cells.filter(\.pointsUp).count == divisions * (divisions + 1) / 2)
    var area = 0.0
    for cell in grid.cells {
      for vertex in cell.vertices {
        #expect((vertex.a + vertex.b + vertex.c - 1).magnitude < 1e-12)
        #expect(vertex.a >= 0 && vertex.b >= 0 && vertex.c >= 0)
      }
      let p = cell.vertices.map { Self.geometry.position($0) }
      area +=
        ((p[1].x - p[0].x) * (p[2].y - p[0].y) - (p[2].x - p[0].x) * (p[1].y - p[0].y))
        .magnitude / 2
    }
    let whole = Self.geometry.side * Self.geometry.height / 2
    #expect((area - whole).magnitude <= whole * 1e-12)
  }

  /// The centre of the triangle is a third each: 34%, 33% and 33%, the odd point to the first.
  @Test func theCentresThirdsAddUpToAWhole() {
    let centre = TernaryPoint(a: 1, b: 1, c: 1).wholePercents
    #expect(centre == (34, 33, 33))
    let uneven = TernaryPoint(a: 0.126, b: 0.437, c: 0.437).wholePercents
    // 12.6, 43.7 and 43.7 floor to 12, 43 and 43; the two largest remainders take the 2 left.
    #expect(uneven == (12, 44, 44))
    // 93.3, 3.3 and 3.3: thirds computed apart, whose remainders differ in the last bits.
    #expect(TernaryPoint(a: 28.0 / 30, b: 1.0 / 30, c: 1.0 / 30).wholePercents == (94, 3, 3))
    // A corner is all one share.
    #expect(TernaryPoint(a: 0, b: 0, c: 1).wholePercents == (0, 0, 100))
  }

  @Test func cornersAndCentroidLandWhereTheyShould() {
    let g = Self.geometry
    let top = g.position(TernaryPoint(a: 1, b: 0, c: 0))
    #expect(top.x == 90)
    #expect((top.y - (200 - 160 * TernaryGeometry.heightRatio)).magnitude < 1e-12)
    let left = g.position(TernaryPoint(a: 0, b: 1, c: 0))
    #expect(left.x == 10 && left.y == 200)
    let right = g.position(TernaryPoint(a: 0, b: 0, c: 1))
    #expect(right.x == 170 && right.y == 200)
    let centre = g.position(TernaryPoint(a: 1, b: 1, c: 1))
    #expect((centre.x - 90).magnitude < 1e-12)
    #expect((centre.y - (200 - g.height / 3)).magnitude < 1e-12)
  }

  @Test func sharesInvertPositions() {
    for cell in TernaryGrid(divisions: 5).cells {
      let p = Self.geometry.position(cell.centroid)
      let shares = Self.geometry.shares(x: p.x, y: p.y)
      #expect((shares.a - cell.centroid.a).magnitude < 1e-12)
      #expect((shares.b - cell.centroid.b).magnitude < 1e-12)
      #expect((shares.c - cell.centroid.c).magnitude < 1e-12)
    }
  }

  @Test func pointsAreNormalised() {
    let point = TernaryPoint(a: 2, b: 1, c: 1)
    #expect(point.a == 0.5 && point.b == 0.25 && point.c == 0.25)
  }

  /// Row k from the top holds 2k + 1 cells, up and down in turn, starting at the top corner.
  @Test func cellsRunRowByRowFromTheTop() {
    let grid = TernaryGrid(divisions: 4)
    #expect(grid.cells.first?.vertices.first == TernaryPoint(a: 1, b: 0, c: 0))
    var start = 0
    for row in 0..<4 {
      let cells = grid.cells[start..<(start + 2 * row + 1)]
      #expect(cells.map(\.pointsUp) == (0...(2 * row)).map { $0 % 2 == 0 })
      // Every cell of the row lies between the row's two lines of the top share.
      let top = 1 - Double(row) / 4
      for cell in cells {
        #expect(cell.vertices.allSatisfy { $0.a <= top + 1e-12 && $0.a >= top - 0.25 - 1e-12 })
      }
      start += 2 * row + 1
    }
  }

  /// The top corner is the position of a = 1; a position outside the triangle has a share
  /// outside [0, 1].
  @Test func positionsOutsideTheTriangleHaveSharesOutsideTheRange() {
    let g = Self.geometry
    let top = g.position(TernaryPoint(a: 1, b: 0, c: 0))
    #expect(g.top.x == top.x && g.top.y == top.y)
    let below = g.shares(x: 90, y: g.base + 10)
    #expect(below.a < 0)
    let right = g.shares(x: g.left + g.side + 5, y: g.base)
    #expect(right.c > 1 && right.b < 0)
    let shares = g.shares(x: 40, y: 150)
    #expect((shares.a + shares.b + shares.c - 1).magnitude < 1e-12)
  }
}
