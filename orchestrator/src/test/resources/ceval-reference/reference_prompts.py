"""Reference digests of the C-Eval val prompts, computed the way OpenCompass reads the data.

OpenCompass (opencompass/datasets/ceval.py) opens each CSV with open(filename, encoding='utf-8') -- Python text
mode, universal newlines -- and csv.reader; ceval_gen_5f30c7 uses the subject's 5 dev rows as examples.
Usage: python3 reference_prompts.py <ceval dir> > val-prompt-digests.tsv
Each line: template, subject, number of questions, SHA-256 of the prompts' SHA-256 hex digests joined by "\n".
"""
import csv
import hashlib
import json
import os
import sys

root = sys.argv[1]
mapping = json.load(open(os.path.join(root, 'subject_mapping.json'), encoding='utf-8'))


def rows(split, subject):
    with open(os.path.join(root, split, f'{subject}_{split}.csv'), encoding='utf-8') as f:
        reader = csv.reader(f)
        header = next(reader)
        return [dict(zip(header, row)) for row in reader]


def block(name, r):
    return (f'以下是中国关于{name}考试的单项选择题，请选出其中的正确答案。\n{r["question"]}\n'
            f'A. {r["A"]}\nB. {r["B"]}\nC. {r["C"]}\nD. {r["D"]}\n答案: ')


def chatml(shots, question):
    text = ''.join(f'<|im_start|>user\n{b}<|im_end|>\n<|im_start|>assistant\n{a}<|im_end|>\n' for b, a in shots)
    return text + f'<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n'


def plain(shots, question):
    return '\n'.join([piece for b, a in shots for piece in (b, a)] + [question])


for template, render in (('internlm2-chat', chatml), ('none', plain)):
    for subject, (_, name, _) in mapping.items():
        shots = [(block(name, r), r['answer']) for r in rows('dev', subject)]
        hashes = [hashlib.sha256(render(shots, block(name, r)).encode('utf-8')).hexdigest()
                  for r in rows('val', subject)]
        digest = hashlib.sha256('\n'.join(hashes).encode('utf-8')).hexdigest()
        print(f'{template}\t{subject}\t{len(hashes)}\t{digest}')
