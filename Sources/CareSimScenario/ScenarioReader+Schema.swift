import CareSimCore
import JSON5

/// Reading a file by its schema: entry by entry in ``ScenarioSchema/file``'s order, which is the
/// order the file's errors come in.
extension ScenarioReader {
  /// The file's description, parameters and run settings, after every problem is reported; nil
  /// when there is one.
  mutating func readScenario(_ json: JSONValue)
    -> (Scenario.Metadata, ScenarioParameters, Scenario.RunDefaults)?
  {
    guard let root = object(json, at: "", keys: ScenarioSchema.keys[""] ?? []) else { return nil }
    // The objects read so far, by path: a field is read from its object's fields.
    var objects = ["": root]
    var values = ScenarioValues.unread
    for entry in ScenarioSchema.file {
      switch entry {
      case .object(let path, let required):
        let (parent, key) = ScenarioSchema.split(path)
        objects[path] = object(
          objects[parent]?[key], at: path, keys: ScenarioSchema.keys[path] ?? [],
          required: required)
      case .field(let field):
        read(field, in: objects[ScenarioSchema.split(field.path).parent], into: &values)
      case .part(let part):
        read(part, objects: objects, into: &values)
      }
    }
    checkAdmissions(values.parameters)
    guard errors.isEmpty else { return nil }
    return (values.metadata, values.parameters, values.runDefaults)
  }

  /// Reads a plain field of `fields` (nil when its object is absent) into `values`.
  private mutating func read(
    _ field: ScenarioField, in fields: [String: JSONValue]?, into values: inout ScenarioValues
  ) {
    let (path, key) = ScenarioSchema.split(field.path)
    switch field.value {
    case .number(let keyPath, let allowed, let defaultValue):
      let range =
        switch allowed {
        case .range(let range): range
        case .atLeast(let low, let high): NumberRange(values[keyPath: low], high)
        }
      let fallback: Double? =
        switch defaultValue {
        case .required: nil
        case .value(let value): value
        case .sameAs(let other): values[keyPath: other]
        }
      values[keyPath: keyPath] = number(fields, key, at: path, allowed: range, default: fallback)
    case .optionalNumber(let keyPath, let allowed):
      var number: Double?
      if let value = fields?[key], value != .null {
        number = self.number(value, at: field.path, allowed: allowed)
      }
      values[keyPath: keyPath] = number
    case .integer(let keyPath, let allowed, let defaultValue):
      values[keyPath: keyPath] = integer(
        fields, key, at: path, allowed: allowed, default: defaultValue)
    case .optionalInteger(let keyPath, let allowed):
      var whole: Int?
      if let value = fields?[key], value != .null {
        whole = integer(fields, key, at: path, allowed: allowed)
      }
      values[keyPath: keyPath] = whole
    case .flag(let keyPath, let defaultValue):
      values[keyPath: keyPath] = bool(fields, key, at: path, default: defaultValue)
    case .funders(let keyPath, let defaultValue):
      values[keyPath: keyPath] = funders(fields, key, at: path, default: defaultValue)
    }
  }

  /// Reads a part of the file with the code of its own, from the objects read so far.
  private mutating func read(
    _ part: ScenarioSchema.Part, objects: [String: [String: JSONValue]],
    into values: inout ScenarioValues
  ) {
    let root = objects[""]
    let levels = values.parameters.needLevels
    let names = levels.map(\.name)
    switch part {
    case .workshop: workshop = readWorkshop(root?["workshop"])
    case .calibration: calibration = readCalibration(root?["calibration"])
    case .metadata: values.metadata = readMetadata(root?["metadata"])
    case .needLevels: values.parameters.needLevels = readNeedLevels(root?["needLevels"])
    case .transitions:
      values.parameters.transitions = readTransitions(root?["transitions"], levels: levels)
    case .costsByAge: values.parameters.costsByAge = readCostsByAge(root?["costsByAge"])
    case .population:
      (values.parameters.population, values.parameters.entrants) = readPopulation(
        root?["population"], names: names, levels: levels, residents: values.parameters.residents)
      let relative =
        root?["population"]?.objectValue?["entrants"]?.objectValue?[
          "perThousandResidentsPerMonth"] != nil
      checkEntrants(
        values.parameters.entrants,
        field: "population.entrants."
          + (relative ? "perThousandResidentsPerMonth" : "perMonth"),
        residents: values.parameters.residents,
        months: values.parameters.months)
    case .admissionLevel:
      values.parameters.qualityOfLife.admissionLevel = readAdmissionLevel(
        objects["qualityOfLife"], levels: levels)
    case .agePerYearByLevel:
      values.parameters.covariates.agePerYearByLevel = readAgePerYearByLevel(
        objects["covariates"]?["agePerYearByLevel"], names: names,
        common: values.parameters.covariates.agePerYear)
    case .crisisByLevel:
      values.parameters.mechanisms.escalation.crisisMonthlyProbability = readCrises(
        objects["mechanisms.escalation"], levels: levels)
    case .eligibleLevel:
      values.parameters.intervention.maximumEligibleLevel = readEligibleLevel(
        objects["intervention"], levels: levels)
    case .fundingSplitSum:
      if let written = objects["fundingSplit"] {
        checkFundingSplit(values.parameters.fundingSplit, written: written)
      } else {
        values.parameters.fundingSplit = FunderAmounts(wmo: 1)
      }
    case .careAtHome:
      values.parameters.careAtHome = readCareAtHome(root?["careAtHome"], levels: levels)
    }
  }
}
