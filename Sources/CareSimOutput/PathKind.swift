import Foundation

/// What a path the user gave names, so that every command that reads one says alike what is
/// wrong with it: "no such file", "no such folder", "it is a folder, not a file".
package enum PathKind: Sendable, Equatable {
  case missing
  case file
  case folder

  package init(of path: String) {
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      self = .missing
    } else {
      self = isFolder.boolValue ? .folder : .file
    }
  }

  /// Why a path of this kind is not the file a command reads; nil for a file.
  package var asFile: String? {
    switch self {
    case .missing: "no such file"
    case .folder: "it is a folder, not a file"
    case .file: nil
    }
  }

  /// Why a path of this kind is not the folder a command reads; nil for a folder.
  package var asFolder: String? {
    switch self {
    case .missing: "no such folder"
    case .file: "it is a file, not a folder"
    case .folder: nil
    }
  }
}
