import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimScenario

/// The schema of the scenario file: each field read after its object, every parameter read by
/// a field or a part, and what-if kinds that are the core's.
@Suite struct ScenarioSchemaTests {
  /// The reader finds a field (or a part) in the fields of its object, so the object comes first.
  @Test func everyFieldFollowsItsObject() {
    var opened: Set<String> = [""]
    for entry in ScenarioSchema.file {
      switch entry {
      case .object(let path, _):
        #expect(opened.contains(ScenarioSchema.split(path).parent), "\(path)")
        opened.insert(path)
      case .field(let field):
        #expect(opened.contains(ScenarioSchema.split(field.path).parent), "\(field.path)")
      case .part(let part):
        guard let path = part.path else { continue }
        #expect(opened.contains(ScenarioSchema.split(path).parent), "\(path)")
      }
    }
  }

  /// Where each part writes in ``ScenarioValues``; the reader's checks write nothing.
  static let partDestinations: [String] = [
    "metadata", "parameters.needLevels", "parameters.transitions", "parameters.costsByAge",
    "parameters.population", "parameters.entrants", "parameters.qualityOfLife.admissionLevel",
    "parameters.covariates.agePerYearByLevel",
    "parameters.mechanisms.escalation.crisisMonthlyProbability",
    "parameters.intervention.maximumEligibleLevel", "parameters.careAtHome",
  ]

  /// No placeholder of ``ScenarioValues/unread`` reaches the engine: every value is the key path
  /// of a field, or under a part's destination.
  @Test func everyValueIsReadByAFieldOrAPart() {
    let keyPaths = ScenarioSchema.fields.map(\.value.keyPath)
    #expect(Set(keyPaths).count == keyPaths.count, "two fields write the same value")
    // A key path's description names its stored properties (a subscript without its index).
    let written = keyPaths.map {
      String(describing: $0).replacingOccurrences(of: "\\ScenarioValues.", with: "")
    }
    for leaf in Self.leaves(of: ScenarioValues.unread, at: "") {
      let covered =
        written.contains { $0 == leaf || $0.hasPrefix(leaf + ".") || $0.hasPrefix(leaf + "[") }
        || Self.partDestinations.contains { leaf == $0 || leaf.hasPrefix($0 + ".") }
      #expect(covered, "\(leaf) is read by no field and no part")
    }
  }

  /// The paths of a value's stored properties, descending into structures (a funder's amounts
  /// are one value).
  static func leaves(of value: Any, at path: String) -> [String] {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .struct, !(value is FunderAmounts) else { return [path] }
    return mirror.children.flatMap { child in
      leaves(of: child.value, at: ScenarioReader.join(path, child.label ?? "?"))
    }
  }

  /// Changing a field leaves unchanged exactly the core's projections that clear its kinds, so
  /// the schema says of each field what the mechanisms' `clear` says.
  @Test(arguments: ScenarioSchema.fields.map(\.path))
  func whatIfKindsAreTheCoresProjections(path: String) throws {
    let field = try #require(ScenarioSchema.field(at: path))
    var values = ScenarioValues.unread
    values.parameters = try Scenario.load(from: RepositoryFiles.scenario("neighbourhood.json"))
      .parameters
    let (low, high) = (field.value.setting(0.25, in: values), field.value.setting(0.75, in: values))
    guard low.parameters != high.parameters else { return }  // a run setting
    let kinds = field.whatIf
    func same(_ projection: KeyPath<ScenarioParameters, ScenarioParameters>) -> Bool {
      low.parameters[keyPath: projection] == high.parameters[keyPath: projection]
    }
    #expect(same(\.controlArmProjection) == !kinds.isDisjoint(with: [.afterUptake, .uptake]))
    #expect(same(\.uptakeProjection) == kinds.contains(.afterUptake))
    #expect(same(\.countingProjection) == kinds.contains(.prices))
    #expect(
      same(\.branchingProjection)
        == !kinds.isDisjoint(with: [.afterUptake, .prices, .controlArmThreshold]))
  }

  /// The objects' keys, as the reader listed them before the schema (errors name them).
  @Test func objectsAllowTheKeysTheyAlwaysAllowed() {
    let ratios: Set = ["progression", "admission", "death"]
    let payers: Set = ["wmo", "zvw", "wlz"]
    let expected: [String: Set<String>] = [
      "simulation": ["residents", "months", "replications", "seed"],
      "discounting": ["costs", "effects"],
      "qualityOfLife": [
        "adjustmentRate", "ageDeclinePerYear", "referenceAge", "lonelinessDecrement",
        "participationGain", "volunteerGain", "monthlyShockSD", "minimumForLivingAtHome",
        "admissionLevel",
      ],
      "covariates": [
        "agePerYear", "agePerYearByLevel", "referenceAge", "loneliness", "carerBreakdown",
        "qualityOfLifePerTenthBelow", "referenceQualityOfLife", "unmetNeed", "male",
      ],
      "covariates.agePerYear": ratios, "covariates.loneliness": ratios,
      "covariates.carerBreakdown": ratios, "covariates.qualityOfLifePerTenthBelow": ratios,
      "covariates.unmetNeed": ratios, "covariates.male": ratios,
      "mechanisms": [
        "signalling", "prevention", "escalation", "substitution", "efficiency", "extraCare",
      ],
      "mechanisms.signalling": ["monthlyProbability", "participantMonthlyProbability"],
      "mechanisms.prevention": ["relativeRisk"],
      "mechanisms.escalation": [
        "crisisMonthlyProbability", "crisisCost", "crisisQualityOfLifeLoss",
        "crisisAdmissionProbability", "crisisDeathProbability", "participantRelativeRisk",
      ],
      "mechanisms.escalation.crisisCost": payers,
      "mechanisms.substitution": [
        "share", "remainingCostShare", "funders", "informalHoursPerWeek", "requiresVolunteer",
        "atEnrolment",
      ],
      "mechanisms.efficiency": ["costMultiplier", "funders"],
      "mechanisms.extraCare": ["trajectoriesPerParticipantYear", "costPerTrajectory"],
      "mechanisms.extraCare.costPerTrajectory": payers,
      "intervention": [
        "maximumEligibleLevel", "initialParticipationShare", "monthlyUptakeProbability",
        "uptakeRelativeRiskIfLonely", "monthlyDropoutProbability", "capacity", "volunteering",
        "participantLonelinessResolution", "carerStrainMultiplier", "fixedCostPerYear",
        "costPerParticipantPerYear", "replacedServicesAnnualCost",
      ],
      "intervention.capacity": ["coordinatorSlots", "participantsPerVolunteer"],
      "intervention.volunteering": [
        "initialShareOfParticipants", "monthlyProbability", "monthlyDropoutProbability",
      ],
      "intervention.replacedServicesAnnualCost": payers,
      "informalCare": [
        "shadowPricePerHour", "strainRecoveryPerMonth", "breakdownThreshold", "lonelinessOnset",
        "lonelinessResolution",
      ],
      "fundingSplit": payers,
      "": [
        "metadata", "simulation", "discounting", "valuePerQALY", "needLevels", "transitions",
        "population", "qualityOfLife", "covariates", "mechanisms", "intervention",
        "informalCare", "fundingSplit", "workshop", "costsByAge", "careAtHome", "calibration",
      ],
    ]
    #expect(ScenarioSchema.keys == expected)
  }

  /// A file's errors come in the schema's order: every mechanism's object (extra care before
  /// efficiency) before any mechanism's field (efficiency before extra care).
  @Test func errorsComeInTheSchemasOrder() throws {
    typealias Edit = ScenarioValidationTests.Edit
    let text = try ScenarioValidationTests.editedReferenceLadder([
      Edit(
        "efficiency: { costMultiplier: 1 },",
        "efficiency: { x: 1, costMultiplier: 11 }, "
          + "extraCare: { y: 1, trajectoriesPerParticipantYear: 13 },")
    ])
    let fields = ScenarioValidationTests.errors(in: text).map(\.field)
    #expect(
      fields == [
        "mechanisms.extraCare.y", "mechanisms.efficiency.x",
        "mechanisms.efficiency.costMultiplier",
        "mechanisms.extraCare.trajectoriesPerParticipantYear",
      ])
  }
}

extension ScenarioField.Value {
  /// The key path this value is written through.
  var keyPath: AnyKeyPath {
    switch self {
    case .number(let keyPath, _, _): keyPath
    case .optionalNumber(let keyPath, _): keyPath
    case .integer(let keyPath, _, _): keyPath
    case .optionalInteger(let keyPath, _): keyPath
    case .flag(let keyPath, _): keyPath
    case .funders(let keyPath, _): keyPath
    }
  }

  /// `values` with this value set to a point `fraction` of the way through its range (for a
  /// flag, false below one half; for payers, the Wmo below one half and the Zvw above).
  func setting(_ fraction: Double, in values: ScenarioValues) -> ScenarioValues {
    var values = values
    func point(_ range: NumberRange) -> Double {
      range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }
    func point(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(fraction * Double(range.upperBound - range.lowerBound))
    }
    switch self {
    case .number(let keyPath, .range(let range), _): values[keyPath: keyPath] = point(range)
    case .number(let keyPath, .atLeast(let low, let high), _):
      values[keyPath: keyPath] = point(NumberRange(values[keyPath: low], high))
    case .optionalNumber(let keyPath, let range): values[keyPath: keyPath] = point(range)
    case .integer(let keyPath, let range, _): values[keyPath: keyPath] = point(range)
    case .optionalInteger(let keyPath, let range): values[keyPath: keyPath] = point(range)
    case .flag(let keyPath, _): values[keyPath: keyPath] = fraction > 0.5
    case .funders(let keyPath, _): values[keyPath: keyPath] = fraction > 0.5 ? [.zvw] : [.wmo]
    }
    return values
  }
}
