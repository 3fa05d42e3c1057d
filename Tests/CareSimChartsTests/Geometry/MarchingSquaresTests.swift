import CareSimCharts
import CareSimCore
import Testing

/// The level line of tiny grids, worked out by hand.
@Suite struct MarchingSquaresTests {
  typealias Point = MarchingSquares.Point

  @Test func oneCornerAboveCutsItOff() {
    let segments = MarchingSquares.segments([[0, 0], [0, 1]], level: 0.5)
    #expect(segments.count == 1)
    #expect(segments.first?.0 == Point(column: 1, row: 0.5))
    #expect(segments.first?.1 == Point(column: 0.5, row: 1))
  }

  @Test func crossingsAreInterpolated() {
    // Between 0 and 4 the level 1 lies a quarter of the way.
    let segments = MarchingSquares.segments([[0, 4], [0, 4]], level: 1)
    #expect(segments.count == 1)
    let points = [segments[0].0, segments[0].1].sorted { $0.row < $1.row }
    #expect(points == [Point(column: 0.25, row: 0), Point(column: 0.25, row: 1)])
  }

  @Test func aPeakGivesOneClosedLoop() {
    let lines = MarchingSquares.lines([[0, 0, 0], [0, 1, 0], [0, 0, 0]], level: 0.5)
    #expect(lines.count == 1)
    let loop = lines.first
    #expect(loop?.count == 5)
    #expect(loop?.first == loop?.last)
    #expect(
      Set(loop ?? [])
        == [
          Point(column: 1, row: 0.5), Point(column: 1.5, row: 1), Point(column: 1, row: 1.5),
          Point(column: 0.5, row: 1),
        ])
  }

  @Test func aRampGivesOneOpenLine() {
    let values = (0..<3).map { _ in (0..<4).map(Double.init) }
    let lines = MarchingSquares.lines(values, level: 1.5)
    #expect(lines.count == 1)
    #expect(lines.first?.count == 3)
    #expect(lines.first?.allSatisfy { $0.column == 1.5 } == true)
    #expect(lines.first?.first != lines.first?.last)
  }

  /// Opposite corners agree; the mean of the four decides whether the middle joins them.
  @Test func saddlesFollowTheCentre() {
    let grid: [[Double]] = [[1, 0], [0, 1]]
    // Mean 0.5 ≥ 0.5: the middle is above, joining corners (0, 0) and (1, 1); the line cuts off
    // the two low corners.
    let joined = MarchingSquares.segments(grid, level: 0.5)
    #expect(joined.count == 2)
    #expect(joined[0].0 == Point(column: 0.5, row: 0))
    #expect(joined[0].1 == Point(column: 1, row: 0.5))
    // Mean 0.5 < 0.6: the middle is below; the line cuts off the two high corners.
    let split = MarchingSquares.segments(grid, level: 0.6)
    #expect(split.count == 2)
    #expect(split[0].0 == Point(column: 0, row: 0.4))
    #expect(split[0].1 == Point(column: 0.4, row: 0))
  }

  @Test func nothingToTrace() {
    #expect(MarchingSquares.lines([[1, 2], [3, 4]], level: 0).isEmpty)
    #expect(MarchingSquares.lines([[0, 1], [.nan, 1]], level: 0.5).isEmpty)
    #expect(MarchingSquares.lines([[0, 1]], level: 0.5).isEmpty)
    #expect(MarchingSquares.lines([], level: 0).isEmpty)
  }

  /// On random grids every crossing lies on a grid edge whose two values straddle the level,
  /// where the edge's linear interpolation equals the level; the polylines use every segment.
  @Test(arguments: [81, 82] as [UInt64])
  func crossingsLieAtTheLevelOnStraddledEdges(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<40 {
      let rows = Int.random(in: 2...7, using: &generator)
      let columns = Int.random(in: 2...7, using: &generator)
      let values = (0..<rows).map { _ in
        (0..<columns).map { _ in Double.random(in: -1...1, using: &generator) }
      }
      let level = Double.random(in: -0.5...0.5, using: &generator)
      let segments = MarchingSquares.segments(values, level: level)
      for point in segments.flatMap({ [$0.0, $0.1] }) {
        let row = Int(point.row.rounded(.down))
        let column = Int(point.column.rounded(.down))
        let (a, b, t): (Double, Double, Double) =
          point.row == Double(row)
          ? (
            values[row][column], values[row][min(column + 1, columns - 1)],
            point.column - Double(column)
          )
          : (values[row][column], values[min(row + 1, rows - 1)][column], point.row - Double(row))
        #expect(
          point.row == Double(row) || point.column == Double(column), "\(point) is on no edge")
        #expect((a >= level) != (b >= level) || a == b, "\(point): \(a), \(b) around \(level)")
        #expect((a + (b - a) * t - level).magnitude < 1e-9, "\(point): \(a), \(b) at \(t)")
      }
      let lines = MarchingSquares.lines(values, level: level)
      #expect(lines.map { $0.count - 1 }.reduce(0, +) == segments.count)
    }
  }
}
