/// The level line of a grid of values, by marching squares: where a heat map crosses zero (the
/// break-even line of a grid of scenarios).
///
/// Each square of four neighbouring grid values is classified by which corners are at or above
/// the level; the line crosses the edges whose two ends differ, at the point found by linear
/// interpolation between the two values (Lorensen, W. E. & Cline, H. E. (1987). Marching cubes:
/// a high resolution 3D surface construction algorithm. SIGGRAPH '87, 163–169, in its
/// two-dimensional form). The two saddle cases, where opposite corners agree, are resolved by
/// the mean of the four corners, which decides whether the middle of the square is above the
/// level (Nielson, G. M. & Hamann, B. (1991). The asymptotic decider: resolving the ambiguity
/// in marching cubes. IEEE Visualization '91, 83–91, discuss this ambiguity and a finer rule;
/// at the resolution of a scenario grid the centre mean is enough).
///
/// Squares with a non-finite corner are skipped, leaving a gap. Segments are joined into
/// polylines through the edges they share, so the path has few subpaths and a closed contour
/// ends where it starts. O(rows × columns) time and space.
package enum MarchingSquares {
  /// A point in grid coordinates: `column` and `row` are fractional indices into the grid.
  package struct Point: Sendable, Hashable {
    /// The fractional column index.
    package var column: Double
    /// The fractional row index.
    package var row: Double

    /// The point at fractional `column` and `row`.
    package init(column: Double, row: Double) {
      self.column = column
      self.row = row
    }
  }

  /// An edge of the grid between two neighbouring values, identifying a crossing point.
  private struct Edge: Hashable {
    var horizontal: Bool  // between (row, column) and (row, column + 1); else (row + 1, column)
    var row: Int
    var column: Int
  }

  /// The line segments where the values cross `level`, in grid coordinates.
  ///
  /// - Parameters:
  ///   - values: `values[row][column]`; rows must have the same length.
  ///   - level: The level of the line.
  /// - Returns: Segments in square order (row by row, column by column).
  package static func segments(_ values: [[Double]], level: Double) -> [(Point, Point)] {
    edgeSegments(values, level: level).map {
      (crossing($0.0, values, level), crossing($0.1, values, level))
    }
  }

  /// The level line as polylines in grid coordinates; a closed one repeats its first point.
  package static func lines(_ values: [[Double]], level: Double) -> [[Point]] {
    let segments = edgeSegments(values, level: level)
    var byEdge: [Edge: [Int]] = [:]
    for (index, segment) in segments.enumerated() {
      byEdge[segment.0, default: []].append(index)
      byEdge[segment.1, default: []].append(index)
    }
    var used = [Bool](repeating: false, count: segments.count)
    var lines: [[Point]] = []
    for start in segments.indices where !used[start] {
      used[start] = true
      var chain = [segments[start].0, segments[start].1]
      // Extend forward from the last edge, then backward from the first.
      for forward in [true, false] {
        while let end = forward ? chain.last : chain.first,
          let next = byEdge[end]?.first(where: { !used[$0] })
        {
          used[next] = true
          let other = segments[next].0 == end ? segments[next].1 : segments[next].0
          if forward { chain.append(other) } else { chain.insert(other, at: 0) }
          if other == chain[forward ? 0 : chain.count - 1] { break }  // closed
        }
      }
      lines.append(chain.map { crossing($0, values, level) })
    }
    return lines
  }

  /// The segments as pairs of the edges they join.
  private static func edgeSegments(_ values: [[Double]], level: Double) -> [(Edge, Edge)] {
    guard values.count >= 2, let width = values.first?.count, width >= 2 else { return [] }
    precondition(
      values.allSatisfy { $0.count == width }, "every row of the grid needs \(width) values")
    var segments: [(Edge, Edge)] = []
    for row in 0..<(values.count - 1) {
      for column in 0..<(width - 1) {
        // Corners counter-clockwise from (row, column): 0 (r, c), 1 (r, c+1), 2 (r+1, c+1), 3 (r+1, c).
        let corners = [
          values[row][column], values[row][column + 1], values[row + 1][column + 1],
          values[row + 1][column],
        ]
        guard corners.allSatisfy(\.isFinite) else { continue }
        let above = corners.map { $0 >= level }
        // Edge k joins corner k and corner k + 1.
        let edges = [
          Edge(horizontal: true, row: row, column: column),
          Edge(horizontal: false, row: row, column: column + 1),
          Edge(horizontal: true, row: row + 1, column: column),
          Edge(horizontal: false, row: row, column: column),
        ]
        let crossed = (0..<4).filter { above[$0] != above[($0 + 1) % 4] }
        if crossed.count == 2 {
          segments.append((edges[crossed[0]], edges[crossed[1]]))
        } else if crossed.count == 4 {
          // A saddle: corners 0 and 2 agree, 1 and 3 agree. If the centre agrees with 0 and 2,
          // their region joins through the middle and the line cuts off corners 1 and 3.
          let centreAbove = corners.reduce(0, +) / 4 >= level
          if centreAbove == above[0] {
            segments.append((edges[0], edges[1]))  // around corner 1
            segments.append((edges[2], edges[3]))  // around corner 3
          } else {
            segments.append((edges[3], edges[0]))  // around corner 0
            segments.append((edges[1], edges[2]))  // around corner 2
          }
        }
      }
    }
    return segments
  }

  /// Where the line crosses `edge`, interpolated linearly between the edge's two values.
  ///
  /// Each edge is computed from its own two values in a fixed order, so the two squares that
  /// share it find the same point, bit for bit.
  private static func crossing(_ edge: Edge, _ values: [[Double]], _ level: Double) -> Point {
    let (row2, column2) =
      edge.horizontal ? (edge.row, edge.column + 1) : (edge.row + 1, edge.column)
    let a = values[edge.row][edge.column]
    let b = values[row2][column2]
    let t = a == b ? 0.5 : min(max((level - a) / (b - a), 0), 1)
    return edge.horizontal
      ? Point(column: Double(edge.column) + t, row: Double(edge.row))
      : Point(column: Double(edge.column), row: Double(edge.row) + t)
  }
}
