/// The scenario file's layout: its sections, their objects and plain fields, in the order the
/// reader checks them, which is the order a file's errors are reported in.
///
/// A plain field (a number, a whole number, a flag, a list of payers) is a ``ScenarioField``: the
/// reader reads it, checks it against its range and writes it through its key path, all from the
/// entry. What is not a plain field (the ladder, the transitions, the population, costs by age,
/// anything by need level, and the checks that join fields) is a ``Part`` that the reader reads
/// with code of its own. The keys an object allows are those of its entries, so a field written
/// here is known to the file at once.
enum ScenarioSchema {
  enum Entry: Sendable {
    /// The object at a path, read when the entry comes: a problem with the object itself, or a
    /// key the schema does not know in it, is reported here.
    case object(String, required: Bool = false)
    case field(ScenarioField)
    case part(Part)
  }

  /// What the reader reads with code of its own, where it stands in the file.
  enum Part: Sendable {
    case workshop, calibration, metadata, needLevels, transitions, costsByAge, population
    /// The institutional level residents are admitted to.
    case admissionLevel
    /// The covariates' own ratios per year of age of some levels.
    case agePerYearByLevel
    /// The chance of a crisis a month, by need level.
    case crisisByLevel
    /// The highest need level at which residents may take part.
    case eligibleLevel
    /// The funding split's shares sum to 1; without a split the Wmo pays it all.
    case fundingSplitSum
    case careAtHome

    /// The path of the part's value in the file; nil for a check of fields read before.
    var path: String? {
      switch self {
      case .workshop: "workshop"
      case .calibration: "calibration"
      case .metadata: "metadata"
      case .needLevels: "needLevels"
      case .transitions: "transitions"
      case .costsByAge: "costsByAge"
      case .population: "population"
      case .admissionLevel: "qualityOfLife.admissionLevel"
      case .agePerYearByLevel: "covariates.agePerYearByLevel"
      case .crisisByLevel: "mechanisms.escalation.crisisMonthlyProbability"
      case .eligibleLevel: "intervention.maximumEligibleLevel"
      case .fundingSplitSum: nil
      case .careAtHome: "careAtHome"
      }
    }
  }

  /// The whole file, section by section.
  static let file: [Entry] = Array(
    [
      [.part(.workshop), .part(.calibration), .part(.metadata)], simulation,
      [.part(.needLevels), .part(.transitions), .part(.costsByAge), .part(.population)],
      qualityOfLife, covariates, mechanisms, intervention, informalCare, fundingSplit,
      [.part(.careAtHome)], accounting,
    ].joined())

  /// Every plain field, in reading order.
  static let fields: [ScenarioField] = file.compactMap { entry in
    if case .field(let field) = entry { field } else { nil }
  }

  private static let fieldsByPath = Dictionary(
    uniqueKeysWithValues: fields.map { ($0.path, $0) })

  /// The plain field at a path, if the path names one.
  static func field(at path: String) -> ScenarioField? { fieldsByPath[path] }

  /// The keys each object allows, by the object's path (the empty path for the file).
  static let keys: [String: Set<String>] = {
    var keys: [String: Set<String>] = [:]
    for entry in file {
      let path: String? =
        switch entry {
        case .object(let path, _): path
        case .field(let field): field.path
        case .part(let part): part.path
        }
      guard let path else { continue }
      let (parent, key) = split(path)
      keys[parent, default: []].insert(key)
    }
    return keys
  }()

  /// The path of the object holding `path`, and the key in it.
  static func split(_ path: String) -> (parent: String, key: String) {
    guard let dot = path.lastIndex(of: ".") else { return ("", path) }
    return (String(path[..<dot]), String(path[path.index(after: dot)...]))
  }
}
