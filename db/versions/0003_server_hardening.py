"""The server's defences (issue 15): answers remembered per club and content, copies tied to their origin

applied_change: the key is (club_id, change_id) and the change's content hash is kept, so that a club reusing
another's change ids makes nothing of theirs vanish, and the same id with other content is refused.
device.copy_of: a copied data folder's identity names the enrolled computer it came from.
account.username: unique within a club (and among partner staff and administrators), not across all clubs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 17:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("applied_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("club_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    # answers kept before: they belong to the club of the device that sent them
    op.execute("UPDATE applied_change SET club_id = COALESCE((SELECT device.club_id FROM device "
               "WHERE device.id = applied_change.device_id), '')")
    with op.batch_alter_table("applied_change", schema=None) as batch_op:
        batch_op.alter_column("club_id", existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_constraint("pk_applied_change", type_="primary")
        batch_op.create_primary_key("pk_applied_change", ["club_id", "change_id"])
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copy_of", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_device_copy_of"), ["copy_of"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_device_copy_of_device"), "device", ["copy_of"], ["id"])
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_constraint("uq_account_username", type_="unique")
        batch_op.create_unique_constraint("uq_account_club_username", ["club_id", "username"])
        batch_op.create_index("uq_account_staff_username", ["username"], unique=True,
                              sqlite_where=sa.text("club_id IS NULL"), postgresql_where=sa.text("club_id IS NULL"))


def downgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index("uq_account_staff_username")
        batch_op.drop_constraint("uq_account_club_username", type_="unique")
        batch_op.create_unique_constraint("uq_account_username", ["username"])
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_device_copy_of_device"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_device_copy_of"))
        batch_op.drop_column("copy_of")
    with op.batch_alter_table("applied_change", schema=None) as batch_op:
        batch_op.drop_constraint("pk_applied_change", type_="primary")
        batch_op.create_primary_key("pk_applied_change", ["change_id"])
        batch_op.drop_column("content_hash")
        batch_op.drop_column("club_id")
