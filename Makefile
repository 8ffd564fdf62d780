# One command rebuilds everything: `make` (= `make refresh`).  `make help` lists the targets.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Files the code writes; data/articles.csv (hand-kept) and seeds/ (raw) are never touched.
DERIVED_DATA := data/claims.csv data/claims_reviewed.csv data/claims_spreadsheet.csv data/claims_reviewed_spreadsheet.csv data/review_orphans.csv data/article_index.csv data/problems.csv data/claims_provenance.csv data/copy_families.csv data/lineage.csv data/drift.csv data/claimants_unmatched.csv data/discrepancies.csv

.DEFAULT_GOAL := all
.PHONY: all refresh venv test report bench bench-quick lab clean help

all: refresh ## Default: same as `refresh`

refresh: $(STAMP) ## Rebuild data/*.csv from seeds/ and re-run every notebook (exports figures/)
	$(BIN)/python helpers.py refresh

venv: $(STAMP) ## Create .venv and install the pinned requirements.txt

# The stamp depends on requirements.txt, so a changed requirements file reinstalls.  The project's
# own modules are byte-compiled as pip compiles the packages it installs: where PYTHONDONTWRITEBYTECODE
# is set, Python would otherwise compile them afresh on every start (about 0.15 s), and the
# benchmarks compile again what a change touched.
BYTECODE = $(BIN)/python -m compileall -q helpers.py warclaims
$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BYTECODE)
	touch $(STAMP)

test: $(STAMP) ## Run the unit tests and the notebooks (nbval), as configured in pytest.ini
	$(BIN)/python -m pytest

report: $(STAMP) ## Write reports/report.html (self-contained) and report.pdf (needs chromium) from data/ and figures/
	$(BIN)/python -m warclaims.report

bench: $(STAMP) ## Time corpus extraction (20,000 made-up articles, 2,000 web pages: articles/s, MB/s, peak memory), then a refresh of 1,000 (tables) and the whole refresh of 500 (cold, warm, one added)
	$(BYTECODE)
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/refresh_incremental.py
	$(BIN)/python benchmarks/refresh_incremental.py --articles 500 --full

bench-quick: $(STAMP) ## A fast look: the corpus-extraction benchmark at 2,000 / 200 articles and 200 web pages
	$(BYTECODE)
	$(BIN)/python benchmarks/extract_speed.py --quick

lab: $(STAMP) ## Open JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

clean: ## Remove derived outputs (data tables, exported figures, reports, caches); keeps data/articles.csv and seeds/
	rm -f $(DERIVED_DATA)
	rm -f figures/*.png figures/*.svg figures/*.pdf figures/*.csv figures/index.md
	rm -f figures/*/*.png figures/*/*.svg figures/*/*.pdf figures/*/*.csv
	rm -f reports/report.html reports/report.pdf
	rm -rf data/cache .pytest_cache
	find . -path ./$(VENV) -prune -o -type d \( -name __pycache__ -o -name .ipynb_checkpoints \) -print -exec rm -rf {} +

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'
