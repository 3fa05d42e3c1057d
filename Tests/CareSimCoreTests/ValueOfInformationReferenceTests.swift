import CareSimCore
import Testing

/// The estimators against a published reference example: the simple model of the `voi` R
/// package's overview (Jackson C., "voi for Value of Information calculation: package overview",
/// voi 1.0.2, vignettes/voi.Rmd as built on 2024-09-16 at chjackson.github.io/voi/articles/voi.html,
/// sections "Simple example model", "Expected value of perfect information" and "Expected value
/// of partial perfect information"; notes: docs/sources/voi-package-2024.md).
///
/// Two treatments; the second's effects are p1 ~ N(1, 1) and its costs p2 ~ N(0, 2), so its net
/// benefit at a willingness to pay k per unit of effect is k·p1 − p2. The vignette draws 10,000
/// sets with R's `set.seed(1)`; this test draws its own 10,000 from the published definition with
/// CareSim's generator (no data is copied), as a table whose QALYs are p1 and whose net benefit
/// at no value of a QALY is −p2, and compares its estimates with the figures the vignette prints:
/// EVPI at k = 1, 2, 3 (`evpi(outputs_cea)`), the EVPPI of p1 at k = 1, 2, 3 and of (p1, p2)
/// at k = 1, 2, 3 (`evppi(outputs_cea, inputs, pars = list("p1", c("p1", "p2")))`, a GAM), and
/// of p2 at k = 1 (`evppi(outputs_nb, inputs, pars = list("p1", "p2"))`).
///
/// Both are estimates of one value from two independent samples of the same size, so each
/// tolerance is z standard errors of their difference: the sampling error of the value of
/// learning, computed here from the true conditional mean on this test's sets (the vignette's
/// sample has the same size, so the same error), twice; and for an EVPPI the fitting error,
/// one standard error of the fit by the model of ValueOfInformationTests (a fit with ν degrees
/// of freedom under residual spread r errs by about r·√(ν/n)), taken for the vignette's GAM as for
/// this smoother. z = 4 over the 10 comparisons: a false alarm with chance below 1e-3.
@Suite struct ValueOfInformationReferenceTests {
  /// A figure the vignette prints: the subject learned (nil for the EVPI), k and the value.
  typealias Printed = (subject: String?, k: Double, value: Double)

  static let printed: [Printed] = [
    (nil, 1, 0.4759885), (nil, 2, 0.4028003), (nil, 3, 0.4174207),
    ("p1", 1, 0.08210074), ("p1", 2, 0.17052564), ("p1", 3, 0.25895085),
    ("p2", 1, 0.39029827),
    ("p1,p2", 1, 0.47598851), ("p1,p2", 2, 0.40280031), ("p1,p2", 3, 0.41742073),
  ]

  static let z = 4.0
  static let sets = 10_000

  @Test func estimatesMatchTheVignettesFigures() throws {
    var generator = SplitMix64(seed: 20_240_916)
    let p1 = (0..<Self.sets).map { _ in 1 + standardNormalDraw(&generator) }
    let p2 = (0..<Self.sets).map { _ in 2 * standardNormalDraw(&generator) }
    let table = DecisionTable(
      parameterNames: ["p1", "p2"], parameterValues: [p1, p2],
      netBenefits: [.society: p2.map { -$0 }], qalyGains: p1)
    let subjects = [
      ValueOfInformation.Subject(name: "p1", parameters: [0]),
      ValueOfInformation.Subject(name: "p2", parameters: [1]),
      ValueOfInformation.Subject(name: "p1,p2", parameters: [0, 1]),
    ]
    let result = ValueOfInformation.evaluate(
      table, subjects: subjects, valuesPerQALY: [1, 2, 3], seed: 1)
    for figure in Self.printed {
      let point = try #require(result.point(.society, valuePerQALY: figure.k))
      let benefits = table.netBenefit(.society, valuePerQALY: figure.k)
      guard let name = figure.subject else {
        let tolerance = Self.z * 2.squareRoot() * LinearGaussianTable.samplingError(benefits)
        #expect(
          abs(point.evpi.value - figure.value) <= tolerance,
          "EVPI at k = \(figure.k): \(point.evpi.value) against \(figure.value) ± \(tolerance)")
        continue
      }
      let index = try #require(subjects.firstIndex { $0.name == name })
      let group = subjects[index].parameters
      // E[k·p1 − p2 | group], with E[p1] = 1 and E[p2] = 0, on these sets.
      let truth = (0..<Self.sets).map { set in
        (group.contains(0) ? figure.k * p1[set] : figure.k) - (group.contains(1) ? p2[set] : 0)
      }
      // The variance of what is learned and of what is left: k² for p1 (k·p1), 4 for p2.
      let learned = (group.contains(0) ? figure.k * figure.k : 0) + (group.contains(1) ? 4 : 0)
      let left = (group.contains(0) ? 0 : figure.k * figure.k) + (group.contains(1) ? 0 : 4)
      // Learning both leaves nothing, so the fit has no error to carry (and is not refitted).
      let freedom =
        left > 0
        ? LinearGaussianTable.degreesOfFreedom(
          group, parameters: table.parameterValues, benefits: benefits) : 0
      // The value of learning a conditional mean N(k, v): the closed form, here only to carry
      // the fit's error in spread into value.
      let learning = { (variance: Double) in
        LinearGaussianTable.expectedPositivePart(mean: figure.k, variance: variance) - figure.k
      }
      let error = left.squareRoot() * (freedom / Double(Self.sets)).squareRoot()
      let fitting =
        learning((learned.squareRoot() + error) * (learned.squareRoot() + error))
        - learning(learned)
      let sampling = LinearGaussianTable.samplingError(truth)
      let tolerance = Self.z * (2 * sampling * sampling + 2 * fitting * fitting).squareRoot()
      let estimate = point.evppi[index].value
      #expect(
        abs(estimate - figure.value) <= tolerance,
        "EVPPI of \(name) at k = \(figure.k): \(estimate) against \(figure.value) ± \(tolerance)")
    }
  }
}
