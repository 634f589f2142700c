/// The labelled questions the interpreter is measured on, in two splits:
/// `tune` (failures there may be studied and fixed) and `heldout` (never).
enum QuestionSet {}
