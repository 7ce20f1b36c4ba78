"""Reference digests of the C-Eval prompts, computed the way OpenCompass 0.2.4 builds them.

Loading (opencompass/datasets/ceval.py): each CSV opened with open(filename, encoding='utf-8') -- Python text mode,
universal newlines -- read with csv.reader, each row dict(zip(header, row)) with setdefault('explanation', '') and
setdefault('answer', '').
Filling (opencompass/utils/prompt.py safe_format, icl_prompt_template.py): each in-context example (dev rows 0-4)
is filled with its own row; the examples are then put into the question's template and every piece is filled again
with the question's row, whose output column 'answer' is blanked.
Usage: python3 reference_prompts.py <ceval dir> > prompt-digests.tsv
Each line: split, template, subject, number of questions, SHA-256 of the prompts' SHA-256 hex digests joined by "\n".
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
        items = []
        for row in reader:
            item = dict(zip(header, row))
            item.setdefault('explanation', '')
            item.setdefault('answer', '')
            items.append(item)
        return items


def safe_format(text, **kwargs):
    for k, v in kwargs.items():
        text = text.replace(f'{{{k}}}', str(v))
    return text


def pieces(name, dev, entry):
    """The round prompts (HUMAN, BOT) of the five examples and the question, filled as OpenCompass fills them."""
    human = f'以下是中国关于{name}考试的单项选择题，请选出其中的正确答案。\n{{question}}\nA. {{A}}\nB. {{B}}\nC. {{C}}\nD. {{D}}\n答案: '
    question = dict(entry, answer='')
    shots = [(safe_format(safe_format(human, **d), **question), safe_format(safe_format('{answer}', **d), **question))
             for d in dev[:5]]
    return shots, safe_format(human, **question)


def chatml(shots, question):
    text = ''.join(f'<|im_start|>user\n{b}<|im_end|>\n<|im_start|>assistant\n{a}<|im_end|>\n' for b, a in shots)
    return text + f'<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n'


def plain(shots, question):
    return '\n'.join([piece for b, a in shots for piece in (b, a)] + [question])


for split in ('val', 'test'):
    for template, render in (('internlm2-chat', chatml), ('none', plain)):
        for subject, (_, name, _) in mapping.items():
            dev = rows('dev', subject)
            hashes = [hashlib.sha256(render(*pieces(name, dev, r)).encode('utf-8')).hexdigest()
                      for r in rows(split, subject)]
            digest = hashlib.sha256('\n'.join(hashes).encode('utf-8')).hexdigest()
            print(f'{split}\t{template}\t{subject}\t{len(hashes)}\t{digest}')
