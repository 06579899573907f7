"""boilerstrip's command line: parse options, walk inputs, call extractor.extract(), render, write."""
