"""Reference values of the summary's version column: OpenCompass 0.2.4's get_prompt_hash(dataset_cfg)[:6].

The infer_cfg of configs/datasets/ceval/ceval_gen_5f30c7.py after the config loader turned classes into their import
paths, with fix_id_list moved from the retriever to the inferencer (utils/prompt.py), hashed as
sha256(json.dumps(infer_cfg, sort_keys=True)).
Usage: python3 reference_versions.py <subject_mapping.json> > versions.tsv
Each line: subject, version.
"""
import hashlib
import json
import sys

mapping = json.load(open(sys.argv[1], encoding='utf-8'))
for subject, (_, name, _) in mapping.items():
    infer_cfg = dict(
        ice_template=dict(
            type='opencompass.openicl.icl_prompt_template.PromptTemplate',
            template=dict(
                begin='</E>',
                round=[
                    dict(role='HUMAN',
                         prompt=f'以下是中国关于{name}考试的单项选择题，请选出其中的正确答案。\n{{question}}\nA. {{A}}\nB. {{B}}\nC. {{C}}\nD. {{D}}\n答案: '),
                    dict(role='BOT', prompt='{answer}'),
                ]),
            ice_token='</E>'),
        retriever=dict(type='opencompass.openicl.icl_retriever.FixKRetriever'),
        inferencer=dict(type='opencompass.openicl.icl_inferencer.GenInferencer', fix_id_list=[0, 1, 2, 3, 4]))
    digest = hashlib.sha256(json.dumps(infer_cfg, sort_keys=True).encode()).hexdigest()
    print(f'{subject}\t{digest[:6]}')
