"""claims domain tables: review offices, agencies, rollout, cases, lines, attachments, controls,
reviews, fee accruals, violations, assessment rule sets, minimum wages, monthly report sends

Revision ID: claims_0002
Revises: claims_0001
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0002'
down_revision = 'claims_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('minimum_wages',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('daily_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_minimum_wages'))
    )
    op.create_table('province_rollouts',
    sa.Column('province', sa.String(length=40), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('province', name=op.f('pk_province_rollouts'))
    )
    op.create_table('review_offices',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_review_offices'))
    )
    op.create_table('agencies',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=40), nullable=False),
    sa.Column('review_office_code', sa.String(length=40), nullable=False),
    sa.Column('licence_status', sa.String(length=20), nullable=False),
    sa.Column('closes_thursday', sa.Boolean(), nullable=False),
    sa.Column('office_closes', sa.String(length=5), nullable=False),
    sa.Column('rollout', sa.String(length=10), nullable=False),
    sa.Column('cooperation_review', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['review_office_code'], ['review_offices.code'], name=op.f('fk_agencies_review_office_code_review_offices')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_agencies'))
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agencies_province'), ['province'], unique=False)
        batch_op.create_index(batch_op.f('ix_agencies_review_office_code'), ['review_office_code'], unique=False)

    op.create_table('assessment_rule_sets',
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('review_office_code', sa.String(length=40), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['review_office_code'], ['review_offices.code'], name=op.f('fk_assessment_rule_sets_review_office_code_review_offices')),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_assessment_rule_sets'))
    )
    with op.batch_alter_table('assessment_rule_sets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_rule_sets_review_office_code'), ['review_office_code'], unique=False)

    op.create_table('cases',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('national_code', sa.String(length=10), nullable=False),
    sa.Column('insurance_number', sa.String(length=40), nullable=False),
    sa.Column('is_pensioner', sa.Boolean(), nullable=False),
    sa.Column('representative', sa.JSON(), nullable=True),
    sa.Column('case_type', sa.String(length=12), nullable=False),
    sa.Column('centre_code', sa.String(length=60), nullable=False),
    sa.Column('centre_name', sa.String(length=200), nullable=False),
    sa.Column('admission_date', sa.Date(), nullable=False),
    sa.Column('discharge_date', sa.Date(), nullable=True),
    sa.Column('bill_number', sa.String(length=60), nullable=False),
    sa.Column('bill_total_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('prosthesis_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('total_paid_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('supplementary_insurer', sa.String(length=120), nullable=True),
    sa.Column('supplementary_paid_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('supplementary_paid_to', sa.String(length=10), nullable=False),
    sa.Column('patient_paid_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('documents_received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reg_jyear', sa.Integer(), nullable=False),
    sa.Column('reg_jmonth', sa.Integer(), nullable=False),
    sa.Column('bill_key', sa.String(length=64), nullable=False),
    sa.Column('cycle', sa.Integer(), nullable=False),
    sa.Column('cycle_started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivery_counts_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('returns_count', sa.Integer(), nullable=False),
    sa.Column('assessment', sa.JSON(), nullable=True),
    sa.Column('reimbursable_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('rule_data_version', sa.String(length=80), nullable=True),
    sa.Column('registered_by', sa.String(length=120), nullable=True),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], name=op.f('fk_cases_agency_code_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('bill_key', name=op.f('uq_cases_bill_key'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_agency_month', ['agency_code', 'reg_jyear', 'reg_jmonth'], unique=False)
        batch_op.create_index('ix_cases_agency_state_due', ['agency_code', 'state', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_national_code'), ['national_code'], unique=False)

    op.create_table('monthly_report_sends',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_by', sa.String(length=120), nullable=True),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], name=op.f('fk_monthly_report_sends_agency_code_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_report_sends')),
    sa.UniqueConstraint('agency_code', 'year', 'month', name='uq_monthly_report_sends_agency_code')
    )
    op.create_table('violations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('causes_delay', sa.Boolean(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('proven_on', sa.Date(), nullable=False),
    sa.Column('proof', sa.JSON(), nullable=False),
    sa.Column('penalty', sa.String(length=20), nullable=False),
    sa.Column('fine_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('compensation_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('compensation_due', sa.Date(), nullable=False),
    sa.Column('compensation_paid_on', sa.Date(), nullable=True),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], name=op.f('fk_violations_agency_code_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violations'))
    )
    with op.batch_alter_table('violations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violations_agency_code'), ['agency_code'], unique=False)

    op.create_table('case_attachments',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('doc_type', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=60), nullable=False),
    sa.Column('size_bytes', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_attachments_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_attachments'))
    )
    with op.batch_alter_table('case_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_attachments_case_id'), ['case_id'], unique=False)

    op.create_table('case_controls',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_controls_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'code', name=op.f('pk_case_controls'))
    )
    op.create_table('case_lines',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('amount_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('off_label_use', sa.String(length=300), nullable=True),
    sa.Column('verification_status', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_lines_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_lines')),
    sa.UniqueConstraint('case_id', 'line_no', name='uq_case_lines_case_id')
    )
    with op.batch_alter_table('case_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_lines_case_id'), ['case_id'], unique=False)

    op.create_table('case_reviews',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('cycle', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('reason_codes', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('reviewer', sa.String(length=120), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_reviews_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_reviews'))
    )
    with op.batch_alter_table('case_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_reviews_case_id'), ['case_id'], unique=False)

    op.create_table('fee_accruals',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('case_type', sa.String(length=12), nullable=False),
    sa.Column('reg_jyear', sa.Integer(), nullable=False),
    sa.Column('reg_jmonth', sa.Integer(), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('amount_rials', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('payer', sa.String(length=20), nullable=False),
    sa.Column('schedule_method', sa.String(length=40), nullable=True),
    sa.Column('accrued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], name=op.f('fk_fee_accruals_agency_code_agencies')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_fee_accruals_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_fee_accruals'))
    )
    with op.batch_alter_table('fee_accruals', schema=None) as batch_op:
        batch_op.create_index('ix_fee_accruals_agency_month', ['agency_code', 'reg_jyear', 'reg_jmonth'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('fee_accruals', schema=None) as batch_op:
        batch_op.drop_index('ix_fee_accruals_agency_month')

    op.drop_table('fee_accruals')
    with op.batch_alter_table('case_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_reviews_case_id'))

    op.drop_table('case_reviews')
    with op.batch_alter_table('case_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_lines_case_id'))

    op.drop_table('case_lines')
    op.drop_table('case_controls')
    with op.batch_alter_table('case_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_attachments_case_id'))

    op.drop_table('case_attachments')
    with op.batch_alter_table('violations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_violations_agency_code'))

    op.drop_table('violations')
    op.drop_table('monthly_report_sends')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_national_code'))
        batch_op.drop_index('ix_cases_agency_state_due')
        batch_op.drop_index('ix_cases_agency_month')

    op.drop_table('cases')
    with op.batch_alter_table('assessment_rule_sets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_rule_sets_review_office_code'))

    op.drop_table('assessment_rule_sets')
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agencies_review_office_code'))
        batch_op.drop_index(batch_op.f('ix_agencies_province'))

    op.drop_table('agencies')
    op.drop_table('review_offices')
    op.drop_table('province_rollouts')
    op.drop_table('minimum_wages')
