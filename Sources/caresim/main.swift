import CareSimCLI
import Foundation

exit(CareSimCommand.main())
