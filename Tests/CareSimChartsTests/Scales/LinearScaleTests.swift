import CareSimCharts
import Testing

/// Values placed linearly on a pixel interval that may run backwards.
@Suite struct LinearScaleTests {
  @Test func linearScaleMapsAndRunsBackwards() {
    let scale = LinearScale(domain: 0, 10, range: 100, 0)
    #expect(scale.position(0) == 100)
    #expect(scale.position(5) == 50)
    #expect(scale.position(10) == 0)
    #expect(scale.position(20) == -100)
    #expect(scale.clampedPosition(20) == 0)
    #expect(scale.pixelsPerUnit == -10)
  }

  @Test func linearScaleSurvivesTheWidestDomain() {
    let scale = LinearScale(
      domain: -.greatestFiniteMagnitude, .greatestFiniteMagnitude, range: 0, 100)
    #expect(scale.position(0) == 50)
    #expect(scale.position(.greatestFiniteMagnitude) == 100)
    #expect(LinearScale(domain: 3, 3, range: 0, 10).position(3) == 0)  // empty domain widened
  }
}
