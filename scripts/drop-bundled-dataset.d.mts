export declare function dropBundledDataset(): void;
