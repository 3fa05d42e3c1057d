import CareSimCore
import Foundation
import Testing

@Suite struct LocalLinearSmootherTests {
  @Test(arguments: LocalLinearSmoother.spans)
  func reproducesALineAtEverySpan(span: Double) {
    // Irregular inputs (a multiplicative walk), a line through them: a local-linear fit is exact
    // up to rounding, a few ulps of the line's largest value per neighbour summed.
    let input = (0..<300).map { Double(($0 * 7919 + 13) % 1000) / 10 }
    let output = input.map { 3 - 0.25 * $0 }
    let fitted = LocalLinearSmoother(input: input).smooth(output, span: span).fitted
    for (value, expected) in zip(fitted, output) {
      #expect(abs(value - expected) <= 1e-9 * 25)
    }
  }

  @Test func crossValidationPrefersANarrowSpanForACurve() {
    // A sine over four periods: a wide neighbourhood flattens it, so a narrow span must win.
    let input = (0..<400).map { Double($0) / 400 }
    let output = input.map { sin(8 * Double.pi * $0) }
    let (fitted, span) = LocalLinearSmoother(input: input).fit(output)
    #expect(span <= 0.1)
    #expect(zip(fitted, output).allSatisfy { abs($0 - $1) <= 0.05 })
  }

  @Test func flatOutputKeepsTheWidestSpan() {
    let input = (0..<50).map(Double.init)
    let (fitted, span) = LocalLinearSmoother(input: input).fit(input.map { _ in 2 })
    #expect(span == 1)
    #expect(fitted.allSatisfy { abs($0 - 2) <= 1e-12 })
  }
}
