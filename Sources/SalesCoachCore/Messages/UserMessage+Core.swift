// The core's errors that a user sees, each worded in both languages by its own `text(in:)`.
extension ImportError: UserMessage {}
extension DateFormatError: UserMessage {}
extension ConfigError: UserMessage {}
extension ExportError: UserMessage {}
extension PlanFileError: UserMessage {}
extension DateSpecError: UserMessage {}
