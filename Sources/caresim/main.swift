import CareSimCLI
import Foundation

exit(CareSimCommand.run(arguments: CommandLine.arguments))
