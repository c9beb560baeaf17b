//! The document record: the contract of `SCHEMA.md` that every sink writes or reads.

use serde::{Deserialize, Serialize, Serializer};

/// One output record per input document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub source: Source,
    pub title: Option<String>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    pub authors: Vec<String>,
    pub captions: Vec<String>,
    pub body: String,
    pub entities: Vec<Entity>,
    pub people: Vec<Person>,
    pub indicators: Vec<Indicator>,
    pub directives: Vec<Directive>,
    pub document: Option<AdminDocument>,
    pub stripped: Vec<Stripped>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// As the loader saw it.
    pub path: String,
    /// Plugin-recognised source site, if any.
    pub portal: Option<String>,
    /// The plugin (report style) that handled the text.
    pub style: Option<String>,
    /// What the loader found: "utf-8", "utf-16le", "windows-1258", "tcvn3", ...
    pub encoding: Option<String>,
    /// "text", "html", "docx", "doc" (Word 97-2003) or "pdf".
    #[serde(default)]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Location,
    Date,
    Period,
    Disease,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Date => "date",
            EntityKind::Period => "period",
            EntityKind::Disease => "disease",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Body,
    Title,
    Captions,
}

/// A mention found in `body`, `title` or one of the `captions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Surface form, exactly `field[start..end]` in code points.
    pub text: String,
    pub field: Field,
    /// Which caption, for `field = captions`; else 0.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub normalized: Option<Normalized>,
    pub code: Option<String>,
}

/// `normalized` is a string for most kinds and a date range for periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Normalized {
    Range { start: String, end: String },
    Text(String),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub honorific: Option<String>,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub text: String,
    pub subject: String,
    #[serde(serialize_with = "number")]
    pub value: f64,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub change: Option<Change>,
    /// The reporting period the figure belongs to, when the text gives one.
    #[serde(default)]
    pub period: Option<DateRange>,
    /// Code-point offsets of `text` in the body.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// "increase" or "decrease".
    pub direction: String,
    #[serde(serialize_with = "number")]
    pub value: f64,
    pub unit: Option<String>,
    pub baseline: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Directive {
    pub text: String,
    pub assignee: Option<String>,
    pub deadline: Option<String>,
}

/// The fields of an administrative document laid out per Decree 30/2020/NĐ-CP.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AdminDocument {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub place: Option<String>,
    pub date: Option<PartialDate>,
    pub signer: Option<String>,
    pub signer_title: Option<String>,
    pub signing_authority: Option<String>,
    pub recipients: Vec<String>,
}

/// A date whose parts may be left blank, as in "ngày   tháng 01 năm 2022".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// A block removed from the text, with the reason and the plugin that removed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stripped {
    pub text: String,
    pub reason: String,
    pub by: String,
}

/// Whole numbers are written without a fraction ("15740", not "15740.0").
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}
