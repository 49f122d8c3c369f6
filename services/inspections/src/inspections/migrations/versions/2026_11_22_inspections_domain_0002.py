"""inspections domain tables: centre registry, inspections, evidence, violations, actions, quarterly submissions

Revision ID: inspections_0002
Revises: inspections_0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "inspections_0002"
down_revision = "inspections_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'ins_centres',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('name_key', sa.String(length=300), nullable=False),
        sa.Column('university', sa.String(length=40), nullable=False),
        sa.Column('province', sa.String(length=80), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('kinds', sa.JSON(), nullable=False),
        sa.Column('licence_number', sa.String(length=60), nullable=True),
        sa.Column('licence_valid_from', sa.Date(), nullable=True),
        sa.Column('licence_valid_to', sa.Date(), nullable=True),
        sa.Column('technical_manager_name', sa.String(length=200), nullable=True),
        sa.Column('technical_manager_national_code', sa.String(length=10), nullable=True),
        sa.Column('space_certified', sa.Boolean(), nullable=False),
        sa.Column('space_certificate_ref', sa.String(length=100), nullable=True),
        sa.Column('space_certified_on', sa.Date(), nullable=True),
        sa.Column('registered_on', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_ins_centres'),
        sa.UniqueConstraint('licence_number', name='uq_ins_centres_licence_number'),
    )
    op.create_index('ix_ins_centres_name_key', 'ins_centres', ['name_key'])
    op.create_index('ix_ins_centres_university', 'ins_centres', ['university'])
    op.create_table(
        'ins_centre_status_changes',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('centre_id', sa.String(length=36), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('previous_status', sa.String(length=16), nullable=True),
        sa.Column('effective_on', sa.Date(), nullable=False),
        sa.Column('act_type', sa.String(length=40), nullable=False),
        sa.Column('act_ref', sa.String(length=200), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('actor_sub', sa.String(length=200), nullable=True),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['ins_centres.id'], name='fk_ins_centre_status_changes_centre_id_ins_centres'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_centre_status_changes'),
    )
    op.create_index('ix_ins_centre_status_changes_centre_id', 'ins_centre_status_changes', ['centre_id'])
    op.create_table(
        'ins_approvals',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('centre_id', sa.String(length=36), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('irc_code', sa.String(length=80), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=True),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['ins_centres.id'], name='fk_ins_approvals_centre_id_ins_centres'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_approvals'),
    )
    op.create_index('ix_ins_approvals_centre_id', 'ins_approvals', ['centre_id'])
    op.create_table(
        'ins_inspections',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('centre_id', sa.String(length=36), nullable=False),
        sa.Column('university', sa.String(length=40), nullable=False),
        sa.Column('inspected_on', sa.Date(), nullable=False),
        sa.Column('inspector_sub', sa.String(length=200), nullable=False),
        sa.Column('checklist_version', sa.String(length=40), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('summary', sa.Text(), nullable=True),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['ins_centres.id'], name='fk_ins_inspections_centre_id_ins_centres'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_inspections'),
    )
    op.create_index('ix_ins_inspections_centre_id', 'ins_inspections', ['centre_id'])
    op.create_index('ix_ins_inspections_inspected_on', 'ins_inspections', ['inspected_on'])
    op.create_index('ix_ins_inspections_university', 'ins_inspections', ['university'])
    op.create_table(
        'ins_inspection_answers',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('inspection_id', sa.String(length=36), nullable=False),
        sa.Column('item_code', sa.String(length=40), nullable=False),
        sa.Column('result', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['inspection_id'], ['ins_inspections.id'], name='fk_ins_inspection_answers_inspection_id_ins_inspections'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_inspection_answers'),
        sa.UniqueConstraint('inspection_id', 'item_code', name='uq_ins_inspection_answers_inspection_id_item_code'),
    )
    op.create_index('ix_ins_inspection_answers_inspection_id', 'ins_inspection_answers', ['inspection_id'])
    op.create_table(
        'ins_evidence',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('inspection_id', sa.String(length=36), nullable=False),
        sa.Column('item_code', sa.String(length=40), nullable=True),
        sa.Column('filename', sa.String(length=200), nullable=False),
        sa.Column('content_type', sa.String(length=100), nullable=False),
        sa.Column('size_bytes', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['inspection_id'], ['ins_inspections.id'], name='fk_ins_evidence_inspection_id_ins_inspections'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_evidence'),
    )
    op.create_index('ix_ins_evidence_inspection_id', 'ins_evidence', ['inspection_id'])
    op.create_table(
        'ins_violations',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('centre_id', sa.String(length=36), nullable=False),
        sa.Column('inspection_id', sa.String(length=36), nullable=False),
        sa.Column('university', sa.String(length=40), nullable=False),
        sa.Column('item_code', sa.String(length=40), nullable=False),
        sa.Column('type', sa.String(length=40), nullable=False),
        sa.Column('severity', sa.String(length=16), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('detected_on', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['ins_centres.id'], name='fk_ins_violations_centre_id_ins_centres'),
        sa.ForeignKeyConstraint(['inspection_id'], ['ins_inspections.id'], name='fk_ins_violations_inspection_id_ins_inspections'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_violations'),
    )
    op.create_index('ix_ins_violations_centre_id', 'ins_violations', ['centre_id'])
    op.create_index('ix_ins_violations_inspection_id', 'ins_violations', ['inspection_id'])
    op.create_index('ix_ins_violations_university', 'ins_violations', ['university'])
    op.create_table(
        'ins_actions',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('violation_id', sa.String(length=36), nullable=False),
        sa.Column('centre_id', sa.String(length=36), nullable=False),
        sa.Column('university', sa.String(length=40), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('referral_to', sa.String(length=40), nullable=True),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('ordered_on', sa.Date(), nullable=False),
        sa.Column('inventory', sa.JSON(), nullable=False),
        sa.Column('history', sa.JSON(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['ins_centres.id'], name='fk_ins_actions_centre_id_ins_centres'),
        sa.ForeignKeyConstraint(['violation_id'], ['ins_violations.id'], name='fk_ins_actions_violation_id_ins_violations'),
        sa.PrimaryKeyConstraint('id', name='pk_ins_actions'),
    )
    op.create_index('ix_ins_actions_centre_id', 'ins_actions', ['centre_id'])
    op.create_index('ix_ins_actions_ordered_on', 'ins_actions', ['ordered_on'])
    op.create_index('ix_ins_actions_university', 'ins_actions', ['university'])
    op.create_index('ix_ins_actions_violation_id', 'ins_actions', ['violation_id'])
    op.create_table(
        'ins_quarterly_submissions',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('university', sa.String(length=40), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('season', sa.Integer(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=False),
        sa.Column('on_time', sa.Boolean(), nullable=False),
        sa.Column('counts', sa.JSON(), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('actor_sub', sa.String(length=200), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_ins_quarterly_submissions'),
        sa.UniqueConstraint('university', 'year', 'season', name='uq_ins_quarterly_submissions_university_year_season'),
    )

def downgrade() -> None:
    op.drop_table('ins_quarterly_submissions')
    op.drop_table('ins_actions')
    op.drop_table('ins_violations')
    op.drop_table('ins_evidence')
    op.drop_table('ins_inspection_answers')
    op.drop_table('ins_inspections')
    op.drop_table('ins_approvals')
    op.drop_table('ins_centre_status_changes')
    op.drop_table('ins_centres')
