// The editor's words in German (the default) and English.
export const WORDS = {
  de: {
    title: 'benn – Handlungskonzept-Editor',
    open: 'Datei öffnen…', example: 'Beispiel Weißensee', empty: 'Leere Vorlage',
    saveJson: 'JSON herunterladen', saveCsv: 'CSV', saveXlsx: 'XLSX', discard: 'Änderungen verwerfen',
    tabFindings: 'Befunde', tabOutline: 'Gliederung', tabProgress: 'Fortschritt', tabEntry: 'Eintrag',
    asOf: 'Stand am', method: 'Gewichtung', date: 'Datum', kind: 'Art', step: 'Handlungsschritt',
    status: 'Status', progressPct: 'Fortschritt (%)', spentEur: 'Ausgabe (€)', note: 'Notiz',
    append: 'Eintrag anhängen', drop: 'Datei hier ablegen',
    restored: 'Ungespeicherte Änderungen aus dem Browser wiederhergestellt.',
    confirmDiscard: 'Alle ungespeicherten Änderungen verwerfen und das Beispiel laden?',
    noFindings: 'Keine Befunde – das Konzept ist in Ordnung.',
    findings: (e, w, a) => `${e} Fehler, ${w} Warnungen, ${a} Hinweise`,
    line: (l, c) => `Zeile ${l}, Spalte ${c}`,
    unreadable: 'Das Dokument kann noch nicht gelesen werden; siehe Befunde.',
    overall: 'Gesamtfortschritt', field: 'Handlungsfeld', progress: 'Fortschritt', steps: 'Schritte',
    budget: 'Budget (Sachmittel)', year: 'Jahr', planned: 'geplant', spent: 'ausgegeben', left: 'übrig',
    shares: 'Stand der Schritte', logFile: (n, c) => `Protokolldatei ${n}: ${c} Einträge`, removeLog: 'entfernen',
    appended: (id) => `Eintrag ${id} angehängt.`, saved: 'Im Browser gesichert', loaded: (n) => `${n} geladen`,
    methods: { mean: 'einfacher Mittelwert', weight: 'nach Schrittgewicht', cost: 'nach geplanten Kosten' },
    kinds: { status: 'Statusänderung', progress: 'Fortschritt', spending: 'Ausgabe', note: 'Notiz' },
    statuses: { planned: 'geplant', in_progress: 'in Arbeit', done: 'erledigt', postponed: 'verschoben', dropped: 'entfallen' },
    tracks: { done: 'erledigt', on_track: 'im Plan', delayed: 'verzögert', not_started: 'nicht begonnen', postponed: 'verschoben', dropped: 'entfallen' },
    noStep: '(ganzes Konzept)', tables: { steps: 'Schritte', goals: 'Ziele', indicators: 'Indikatoren', log: 'Protokoll', state: 'Stand', rollup: 'Fortschritt', budget: 'Budget', coverage: 'Abdeckung' },
  },
  en: {
    title: 'benn – action concept editor',
    open: 'Open file…', example: 'Weißensee example', empty: 'Empty template',
    saveJson: 'Download JSON', saveCsv: 'CSV', saveXlsx: 'XLSX', discard: 'Discard changes',
    tabFindings: 'Findings', tabOutline: 'Outline', tabProgress: 'Progress', tabEntry: 'Log entry',
    asOf: 'As of', method: 'Weighting', date: 'Date', kind: 'Kind', step: 'Step',
    status: 'Status', progressPct: 'Progress (%)', spentEur: 'Spent (€)', note: 'Note',
    append: 'Append entry', drop: 'Drop a file here',
    restored: 'Unsaved changes restored from this browser.',
    confirmDiscard: 'Discard all unsaved changes and load the example?',
    noFindings: 'No findings – the concept is fine.',
    findings: (e, w, a) => `${e} errors, ${w} warnings, ${a} advice`,
    line: (l, c) => `line ${l}, column ${c}`,
    unreadable: 'The document cannot be read yet; see the findings.',
    overall: 'Overall progress', field: 'Action field', progress: 'Progress', steps: 'Steps',
    budget: 'Budget (material)', year: 'Year', planned: 'planned', spent: 'spent', left: 'left',
    shares: 'Where the steps stand', logFile: (n, c) => `Log file ${n}: ${c} entries`, removeLog: 'remove',
    appended: (id) => `Entry ${id} appended.`, saved: 'Kept in this browser', loaded: (n) => `${n} loaded`,
    methods: { mean: 'plain mean', weight: 'by step weight', cost: 'by planned cost' },
    kinds: { status: 'Status change', progress: 'Progress', spending: 'Spending', note: 'Note' },
    statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', postponed: 'postponed', dropped: 'dropped' },
    tracks: { done: 'done', on_track: 'on track', delayed: 'delayed', not_started: 'not started', postponed: 'postponed', dropped: 'dropped' },
    noStep: '(whole concept)', tables: { steps: 'Steps', goals: 'Goals', indicators: 'Indicators', log: 'Log', state: 'State', rollup: 'Progress', budget: 'Budget', coverage: 'Coverage' },
  },
};

// An empty concept to start from: the findings say what to fill in.
export const TEMPLATE = `{
  "format_version": 3,
  "id": "mein-standort-2025",
  "title": "",
  "site": {
    "name": "",
    "district": "03",
    "site_type": "benn",
    "planning_areas": []
  },
  "period": { "start": "2025-07", "end": "2027-06" },
  "aim": "",
  "action_fields": []
}
`;
