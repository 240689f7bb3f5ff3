/** What a reader can download from the areas section: the table (all or filtered) or the chart. */
export type DownloadKind =
  'csv-all' | 'csv-filtered' | 'json-all' | 'json-filtered' | 'svg' | 'png';
