"""Expected summary files for a run, written by the rules of OpenCompass 0.2.4's DefaultSummarizer.

summarizers/default.py at tag 0.2.4 with the C-Eval groups of configs/summarizers/groups/ceval.py; the version
column is get_prompt_hash(dataset_cfg)[:6] of ceval_gen_5f30c7 (see ../../../../benchmark reference_versions.py).
Usage: PYTHONPATH=<tabulate> python3 summary_reference.py <case.tsv> <model abbr> <timestamp> <subject_mapping.json>
writes <case>.txt and <case>.csv beside the case. Case lines: subject, correct, total ('-' for a subject without
results), in run order.
"""
import hashlib
import json
import sys

import tabulate

case, abbr, ts, mapping_file = sys.argv[1:5]
mapping = json.load(open(mapping_file, encoding='utf-8'))

stem = [k for k, v in mapping.items() if v[2] == 'STEM']
social = [k for k, v in mapping.items() if v[2] == 'Social Science']
humanities = [k for k, v in mapping.items() if v[2] == 'Humanities']
other = [k for k, v in mapping.items() if v[2] == 'Other']
hard = ['advanced_mathematics', 'discrete_mathematics', 'probability_and_statistics', 'college_chemistry',
        'college_physics', 'high_school_mathematics', 'high_school_chemistry', 'high_school_physics']
groups = [('ceval-stem', stem), ('ceval-social-science', social), ('ceval-humanities', humanities),
          ('ceval-other', other), ('ceval-hard', hard), ('ceval', stem + social + humanities + other)]


def version(name):
    human = f'以下是中国关于{name}考试的单项选择题，请选出其中的正确答案。\n{{question}}\nA. {{A}}\nB. {{B}}\nC. {{C}}\nD. {{D}}\n答案: '
    cfg = dict(ice_template=dict(type='opencompass.openicl.icl_prompt_template.PromptTemplate',
                                 template=dict(begin='</E>', round=[dict(role='HUMAN', prompt=human),
                                                                    dict(role='BOT', prompt='{answer}')]),
                                 ice_token='</E>'),
               retriever=dict(type='opencompass.openicl.icl_retriever.FixKRetriever'),
               inferencer=dict(type='opencompass.openicl.icl_inferencer.GenInferencer', fix_id_list=[0, 1, 2, 3, 4]))
    return hashlib.sha256(json.dumps(cfg, sort_keys=True).encode()).hexdigest()[:6]


datasets = []
raw = {}
parsed = {}
for line in open(case, encoding='utf-8').read().splitlines():
    subject, correct, total = line.split('\t')
    abbr_ds = 'ceval-' + subject
    datasets.append((abbr_ds, subject))
    if correct != '-':
        score = int(correct) / int(total) * 100
        raw[abbr_ds] = {'accuracy': score}
        parsed[abbr_ds] = {'accuracy': score}

group_rows = []
for name, subsets in groups:
    subsets = ['ceval-' + s for s in subsets]
    available = [s for s in subsets if s in parsed]
    missing = [s for s in subsets if s not in parsed]
    if not available:
        continue
    if missing:
        raw[name] = {'error': 'missing metrics: {}'.format(missing)}
        continue
    scores = {s + '@accuracy': parsed[s]['accuracy'] for s in subsets}
    value = sum(scores.values()) / len(scores)
    raw[name] = {'naive_average': value}
    group_rows.append([name, '-', 'naive_average', 'gen', '{:.02f}'.format(value)])

table = [['dataset', 'version', 'metric', 'mode', abbr]]
for abbr_ds, subject in datasets:
    if abbr_ds in parsed:
        table.append([abbr_ds, version(mapping[subject][1]), 'accuracy', 'gen',
                      '{:.02f}'.format(parsed[abbr_ds]['accuracy'])])
    else:
        table.append([abbr_ds, '-', '-', '-', '-'])
table += group_rows

raw_txts = ['-------------------------------', f'Model: {abbr}']
for dataset_abbr, result in raw.items():
    raw_txts.append(f'{dataset_abbr}: {result}')
raw_txts = '\n'.join(raw_txts)

text = f'{ts}\n' + \
    'tabulate format\n' + \
    '^' * 128 + '\n' + \
    tabulate.tabulate(table, headers='firstrow') + '\n' + \
    '$' * 128 + '\n\n' + \
    '-' * 128 + ' THIS IS A DIVIDER ' + '-' * 128 + '\n\n' + \
    'csv format\n' + \
    '^' * 128 + '\n' + \
    '\n'.join([','.join(row) for row in table]) + '\n' + \
    '$' * 128 + '\n\n' + \
    '-' * 128 + ' THIS IS A DIVIDER ' + '-' * 128 + '\n\n' + \
    'raw format\n' + \
    '^' * 128 + '\n' + \
    raw_txts + '\n' + \
    '$' * 128 + '\n'
base = case[:-len('.tsv')]
open(base + '.txt', 'w', encoding='utf-8').write(text)
open(base + '.csv', 'w', encoding='utf-8').write('\n'.join([','.join(row) for row in table]) + '\n')
