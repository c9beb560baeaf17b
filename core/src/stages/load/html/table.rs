//! Table rows as lines of cells: the blocks a row's cells gave, laid out on the table's grid
//! (`colspan`, `rowspan`, empty cells) so that a column of figures stays one column.
//!
//! Pages pasted from Word wrap every cell in a `<p>`, and reports head their tables with two
//! rows ("6 tháng đầu năm" over "Năm 2024 | Năm 2025"). Read cell by cell, such a table is
//! one word a line and its figures lose their columns. A row whose cells each hold one block
//! at most is a row of a table of data: it becomes one line, its cells apart at tabs, an
//! empty cell where a cell spans from the row above or the left. A row with a cell of
//! several blocks is a table used for layout and keeps its blocks.

/// Spans beyond these are taken as these: a hostile `colspan="100000"` must not make a
/// line of a hundred thousand tabs.
const MAX_COLSPAN: usize = 64;
const MAX_ROWSPAN: u32 = 1000;
const MAX_WIDTH: usize = 256;

/// The open tables and rows, by the reader's stack index of their elements.
#[derive(Default)]
pub struct Grid {
    tables: Vec<TableMark>,
    rows: Vec<RowMark>,
}

struct TableMark {
    at: usize,
    /// For each column, how many more rows a cell of an earlier row covers.
    carry: Vec<u32>,
}

struct RowMark {
    at: usize,
    first_block: usize,
    cells: Vec<CellMark>,
    /// A table opened inside one of the row's cells: the row is layout.
    nested: bool,
}

struct CellMark {
    at: usize,
    first_block: usize,
    end_block: Option<usize>,
    colspan: usize,
    rowspan: u32,
}

/// A row to write as one line: from block `first_block` on, the page's blocks are replaced
/// by one block whose text is `cells` (block indexes, `None` for an empty cell) apart at tabs.
pub struct Line {
    pub first_block: usize,
    pub cells: Vec<Option<usize>>,
}

impl Grid {
    pub fn table_start(&mut self, at: usize) {
        if let Some(row) = self.rows.last_mut() {
            row.nested = true;
        }
        self.tables.push(TableMark { at, carry: Vec::new() });
    }

    pub fn table_end(&mut self, at: usize) {
        if self.tables.last().is_some_and(|t| t.at == at) {
            self.tables.pop();
        }
    }

    pub fn row_start(&mut self, at: usize, blocks: usize) {
        self.rows.push(RowMark { at, first_block: blocks, cells: Vec::new(), nested: false });
    }

    /// The row the element at stack index `at` is directly in: the innermost open row, when
    /// no table opened after it.
    fn row_of(&mut self, at: usize) -> Option<&mut RowMark> {
        let table = self.tables.last().map(|t| t.at);
        self.rows.last_mut().filter(|r| r.at < at && table.is_none_or(|t| t < r.at))
    }

    pub fn cell_start(&mut self, at: usize, blocks: usize, colspan: Option<&str>, rowspan: Option<&str>) {
        let colspan = span(colspan).clamp(1, MAX_COLSPAN as u32) as usize;
        let rowspan = span(rowspan).clamp(1, MAX_ROWSPAN);
        if let Some(row) = self.row_of(at) {
            row.cells.push(CellMark { at, first_block: blocks, end_block: None, colspan, rowspan });
        }
    }

    pub fn cell_end(&mut self, at: usize, blocks: usize) {
        if let Some(cell) = self.row_of(at).and_then(|r| r.cells.last_mut()).filter(|c| c.at == at) {
            cell.end_block = Some(blocks);
        }
    }

    /// Ends the row at stack index `at`, given how many blocks the page holds; says how to
    /// write it as one line, when it is a row of data.
    pub fn row_end(&mut self, at: usize, blocks: usize) -> Option<Line> {
        if self.rows.last().is_none_or(|r| r.at != at) {
            return None;
        }
        let row = self.rows.pop()?;
        let table = self.tables.last_mut().filter(|t| t.at < at);
        let mut own = Vec::new();
        let carry = table.map_or(&mut own, |t| &mut t.carry);
        let columns = place(carry, &row.cells);
        row.is_data(blocks).then(|| row.line(&columns, carry.len()))
    }
}

impl RowMark {
    /// Every block of the row lies in one of its cells, one a cell at most, and no table
    /// is nested in it.
    fn is_data(&self, blocks: usize) -> bool {
        let mut next = self.first_block;
        for cell in &self.cells {
            let Some(end) = cell.end_block else { return false };
            if cell.first_block != next || end > cell.first_block + 1 {
                return false;
            }
            next = end;
        }
        !self.nested && next == blocks && blocks > self.first_block
    }

    /// The row's cells at their columns, `width` of them (the table's). A row with one cell
    /// of text is that text alone: a title across the table or a layout row, not a row of
    /// figures.
    fn line(&self, columns: &[usize], width: usize) -> Line {
        let filled: Vec<(usize, usize)> =
            self.cells.iter().zip(columns).filter(|(c, _)| c.end_block > Some(c.first_block)).map(|(c, &col)| (col, c.first_block)).collect();
        if filled.len() < 2 {
            return Line { first_block: self.first_block, cells: filled.iter().map(|&(_, b)| Some(b)).collect() };
        }
        let width = width.min(MAX_WIDTH);
        let mut cells = vec![None; width];
        for (col, block) in filled.into_iter().filter(|&(col, _)| col < width) {
            cells[col] = Some(block);
        }
        Line { first_block: self.first_block, cells }
    }
}

/// The column each cell starts at, skipping the columns that cells of rows above still
/// cover; notes what this row's cells cover below.
fn place(carry: &mut Vec<u32>, cells: &[CellMark]) -> Vec<usize> {
    let covered: Vec<bool> = carry.iter().map(|&n| n > 0).collect();
    for n in carry.iter_mut() {
        *n = n.saturating_sub(1);
    }
    let mut columns = Vec::with_capacity(cells.len());
    let mut col = 0;
    for cell in cells {
        while covered.get(col).copied().unwrap_or(false) {
            col += 1;
        }
        columns.push(col);
        let end = (col + cell.colspan).min(MAX_WIDTH);
        if carry.len() < end {
            carry.resize(end, 0);
        }
        for n in &mut carry[col.min(end)..end] {
            *n = cell.rowspan - 1;
        }
        col += cell.colspan;
    }
    columns
}

/// A `colspan` or `rowspan` value as browsers read it: leading digits, else 1.
fn span(value: Option<&str>) -> u32 {
    let digits: String = value.unwrap_or("").trim().chars().take_while(char::is_ascii_digit).take(6).collect();
    digits.parse().unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(colspan: usize, rowspan: u32) -> CellMark {
        CellMark { at: 0, first_block: 0, end_block: None, colspan, rowspan }
    }

    #[test]
    fn cells_skip_the_columns_spanned_from_above() {
        let mut carry = Vec::new();
        // STT (2 rows) | Chỉ tiêu (2 rows) | 6 tháng (2 columns) | So sánh (2 rows)
        assert_eq!(place(&mut carry, &[cell(1, 2), cell(1, 2), cell(2, 1), cell(1, 2)]), [0, 1, 2, 4]);
        assert_eq!(place(&mut carry, &[cell(1, 1), cell(1, 1)]), [2, 3]);
        assert_eq!(place(&mut carry, &[cell(1, 1), cell(1, 1), cell(1, 1), cell(1, 1), cell(1, 1)]), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn spans_read_as_browsers_read_them() {
        assert_eq!(span(Some("3")), 3);
        assert_eq!(span(Some(" 2px")), 2);
        assert_eq!(span(Some("x")), 1);
        assert_eq!(span(None), 1);
        assert_eq!(span(Some("99999999999")), 999_999);
    }
}
